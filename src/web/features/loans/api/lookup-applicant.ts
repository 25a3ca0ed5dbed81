import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface LoanApplicant {
  residentId: number;
  name: string;
  enterprises: { id: number; name: string }[];
}

/** GET /api/v1/loans/applicant-lookup: a station agent finds a walk-in applicant by mobile number (audited). */
export function useLookupApplicant() {
  return useMutation({
    mutationFn: (phone: string) => api.get<LoanApplicant>('/api/v1/loans/applicant-lookup', { query: { phone } }),
  });
}
