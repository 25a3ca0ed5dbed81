import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { QuarterSubsidy } from './contracts';
import { loanKeys } from './keys';

/** POST /api/v1/loans/subsidy-quarters: records a quarter's 贴息 once; a second time changes nothing. */
export function useRecordSubsidyQuarter() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (quarter: string) => api.post<QuarterSubsidy>('/api/v1/loans/subsidy-quarters', { quarter }),
    onSuccess: (q) => qc.setQueryData(loanKeys.quarter(q.quarter), q),
  });
}
