import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LoanSettings } from './contracts';
import { loanKeys } from './keys';

/** GET /api/v1/loans/settings: products, rules, the LPR, stage targets, stations and institutions. */
export function useLoanSettings() {
  return useQuery({
    queryKey: loanKeys.settings,
    queryFn: ({ signal }) => api.get<LoanSettings>('/api/v1/loans/settings', { signal }),
    staleTime: 5 * 60_000,
  });
}
