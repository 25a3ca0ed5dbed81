import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Enterprise } from '../../../lib/contracts';
import { enterprisesQueryKey } from './list-enterprises';

export const enterpriseQueryKey = (id: number) => [...enterprisesQueryKey, 'detail', id] as const;

export function getEnterprise(id: number, signal?: AbortSignal) {
  return api.get<Enterprise>(`/api/v1/enterprises/${id}`, { signal });
}

export function useEnterprise(id: number) {
  return useQuery({
    queryKey: enterpriseQueryKey(id),
    queryFn: ({ signal }) => getEnterprise(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
