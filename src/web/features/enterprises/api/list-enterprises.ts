import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Enterprise, EnterpriseType, Page } from '../../../lib/contracts';

export interface EnterpriseFilters {
  q?: string;
  areaId?: number;
  type?: EnterpriseType;
  page: number;
  pageSize: number;
}

export const enterprisesQueryKey = ['enterprises'] as const;

export function listEnterprises(filters: EnterpriseFilters, signal?: AbortSignal) {
  return api.get<Page<Enterprise>>('/api/v1/enterprises', { query: { ...filters }, signal });
}

export function useEnterprises(filters: EnterpriseFilters) {
  return useQuery({
    queryKey: [...enterprisesQueryKey, 'list', filters],
    queryFn: ({ signal }) => listEnterprises(filters, signal),
    placeholderData: keepPreviousData,
  });
}
