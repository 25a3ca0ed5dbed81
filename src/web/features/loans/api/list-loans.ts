import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page } from '../../../lib/contracts';
import type { LoanListItem, LoanStatus } from './contracts';
import { loanKeys } from './keys';

export interface LoanFilters {
  page: number;
  pageSize: number;
  status?: LoanStatus | undefined;
  pastTarget?: 'true' | undefined;
}

/** GET /api/v1/loans: the loans the caller may see, the longest-waiting stage first. */
export function useLoans(filters: LoanFilters) {
  return useQuery({
    queryKey: loanKeys.list(filters),
    queryFn: ({ signal }) => api.get<Page<LoanListItem>>('/api/v1/loans', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}
