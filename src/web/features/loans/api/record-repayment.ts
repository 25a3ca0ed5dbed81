import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LoanDetail, RecordRepaymentInput } from './contracts';
import { loanKeys } from './keys';

/** POST /api/v1/loans/:id/repayments: the bank records a repayment; the same bank reference again changes nothing. */
export function useRecordRepayment(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordRepaymentInput) => api.post<LoanDetail>(`/api/v1/loans/${id}/repayments`, input),
    onSuccess: (detail) => {
      qc.setQueryData(loanKeys.detail(detail.id), detail);
      void qc.invalidateQueries({ queryKey: loanKeys.all });
    },
  });
}
