import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { QuarterSubsidy } from './contracts';
import { loanKeys } from './keys';

/** GET /api/v1/loans/subsidy-quarters/:quarter: the quarter's 贴息 per loan and its total, once recorded. */
export function useSubsidyQuarter(quarter: string) {
  return useQuery({
    queryKey: loanKeys.quarter(quarter),
    queryFn: ({ signal }) => api.get<QuarterSubsidy>(`/api/v1/loans/subsidy-quarters/${quarter}`, { signal }),
  });
}
