import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Dashboard } from '../../../lib/contracts';

export interface DashboardParams {
  area?: number;
  from?: string;
  to?: string;
}

export function dashboardSearch(params: DashboardParams): string {
  const search = new URLSearchParams();
  if (params.area) search.set('area', String(params.area));
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  return search.toString();
}

/** GET /api/v1/dashboard: the figures of an area by community and month; the wall view refreshes it. */
export function useDashboard(params: DashboardParams, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: ['dashboard', params],
    queryFn: ({ signal }) => api.get<Dashboard>(`/api/v1/dashboard?${dashboardSearch(params)}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: options.refetchInterval,
  });
}
