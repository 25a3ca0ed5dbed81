import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Batch } from './contracts';
import { batchKeys } from './keys';

export function listBatches(signal?: AbortSignal) {
  return api.get<{ items: Batch[] }>('/api/v1/benefits/batches', { signal });
}

export function useBatches() {
  return useQuery({ queryKey: batchKeys.all, queryFn: ({ signal }) => listBatches(signal) });
}
