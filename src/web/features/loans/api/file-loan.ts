import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CreateLoanInput, LoanDetail } from './contracts';
import { loanKeys } from './keys';

/** POST /api/v1/loans: file a loan (the applicant, or a station agent for them); resent with its key, the same loan. */
export function useFileLoan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateLoanInput) => api.post<LoanDetail>('/api/v1/loans', input),
    onSuccess: (detail) => {
      qc.setQueryData(loanKeys.detail(detail.id), detail);
      void qc.invalidateQueries({ queryKey: loanKeys.all });
    },
  });
}
