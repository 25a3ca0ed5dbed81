import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LoanSettings } from './contracts';
import { loanKeys } from './keys';

/** POST /api/v1/loans/lpr: the street records the LPR from the day it is in force. */
export function useAddLpr() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { effectiveFrom: string; rateBp: number }) =>
      api.post<LoanSettings>('/api/v1/loans/lpr', input),
    onSuccess: (settings) => qc.setQueryData(loanKeys.settings, settings),
  });
}
