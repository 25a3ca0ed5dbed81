import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LoanActionInput, LoanDetail } from './contracts';
import { loanKeys } from './keys';

/** POST /api/v1/loans/:id/actions: one step of the journey, keyed so a resend is taken once. */
export function useLoanAction(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<LoanActionInput, 'clientKey'>) =>
      api.post<LoanDetail>(`/api/v1/loans/${id}/actions`, { ...input, clientKey: crypto.randomUUID() }),
    onSuccess: (detail) => {
      qc.setQueryData(loanKeys.detail(detail.id), detail);
      void qc.invalidateQueries({ queryKey: loanKeys.all });
    },
  });
}
