import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page, ResidentLabel, ResidentListItem } from '../../../lib/contracts';

export interface ResidentFilters {
  q?: string;
  areaId?: number;
  label?: ResidentLabel;
  page: number;
  pageSize: number;
}

export const residentsQueryKey = ['residents'] as const;

export function listResidents(filters: ResidentFilters, signal?: AbortSignal) {
  return api.get<Page<ResidentListItem>>('/api/v1/residents', { query: { ...filters }, signal });
}

export function useResidents(filters: ResidentFilters) {
  return useQuery({
    queryKey: [...residentsQueryKey, 'list', filters],
    queryFn: ({ signal }) => listResidents(filters, signal),
    // Keep the current page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}
