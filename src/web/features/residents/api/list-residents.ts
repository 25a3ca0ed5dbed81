import { api } from '../../../lib/api-client';
import type { Page, ResidentLabel, ResidentListItem } from '../../../lib/contracts';
import { recordQueryKeys, useListQuery, type RegistryFilters } from '../../../lib/record-queries';

export interface ResidentFilters extends RegistryFilters {
  label?: ResidentLabel;
}

export const residentKeys = recordQueryKeys('residents');

export function listResidents(filters: ResidentFilters, signal?: AbortSignal) {
  return api.get<Page<ResidentListItem>>('/api/v1/residents', { query: { ...filters }, signal });
}

export function useResidents(filters: ResidentFilters) {
  return useListQuery(residentKeys, filters, listResidents);
}
