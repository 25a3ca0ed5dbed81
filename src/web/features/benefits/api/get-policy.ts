import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Policy } from './contracts';
import { policyKeys } from './keys';

export function getPolicy(id: number, signal?: AbortSignal) {
  return api.get<Policy>(`/api/v1/benefits/policies/${id}`, { signal });
}

export function usePolicy(id: number) {
  return useQuery({
    queryKey: policyKeys.detail(id),
    queryFn: ({ signal }) => getPolicy(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
