import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { FigureRecords } from '../../../lib/contracts';
import { dashboardSearch, type DashboardParams } from './get-dashboard';

/** GET /api/v1/dashboard/figures/:id/records: one page of the records that make a figure. */
export function useFigureRecords(id: string, params: DashboardParams & { page: number }) {
  return useQuery({
    queryKey: ['dashboard', 'records', id, params],
    queryFn: ({ signal }) =>
      api.get<FigureRecords>(
        `/api/v1/dashboard/figures/${encodeURIComponent(id)}/records?${dashboardSearch(params)}&page=${params.page}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
