import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { BatchDetail } from './contracts';
import { batchKeys } from './keys';

export function getBatch(id: number, signal?: AbortSignal) {
  return api.get<BatchDetail>(`/api/v1/benefits/batches/${id}`, { signal });
}

export function useBatch(id: number) {
  return useQuery({
    queryKey: batchKeys.detail(id),
    queryFn: ({ signal }) => getBatch(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
