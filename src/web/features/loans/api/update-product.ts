import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LoanSettings } from './contracts';
import { loanKeys } from './keys';

/** PATCH /api/v1/loans/products/:code: the street edits a product's limits or legal basis. */
export function useUpdateLoanProduct() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      code,
      ...input
    }: {
      code: string;
      maxAmountFen?: number;
      maxTermMonths?: number;
      legalBasis?: string;
    }) => api.patch<LoanSettings>(`/api/v1/loans/products/${code}`, input),
    onSuccess: (settings) => qc.setQueryData(loanKeys.settings, settings),
  });
}
