import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ResidentDetail } from '../../../lib/contracts';
import { residentsQueryKey } from './list-residents';

export const residentQueryKey = (id: number) => [...residentsQueryKey, 'detail', id] as const;

export function getResident(id: number, signal?: AbortSignal) {
  return api.get<ResidentDetail>(`/api/v1/residents/${id}`, { signal });
}

export function useResident(id: number) {
  return useQuery({
    queryKey: residentQueryKey(id),
    queryFn: ({ signal }) => getResident(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
