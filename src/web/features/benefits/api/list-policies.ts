import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page } from '../../../lib/contracts';
import type { Policy } from './contracts';
import { policyKeys } from './keys';

export interface PolicyFilters {
  page: number;
  pageSize: number;
  status?: string;
}

export function listPolicies(filters: PolicyFilters, signal?: AbortSignal) {
  return api.get<Page<Policy>>('/api/v1/benefits/policies', { query: { ...filters }, signal });
}

export function usePolicies(filters: PolicyFilters) {
  return useQuery({
    queryKey: policyKeys.list(filters),
    queryFn: ({ signal }) => listPolicies(filters, signal),
    placeholderData: keepPreviousData,
  });
}
