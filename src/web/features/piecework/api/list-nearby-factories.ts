import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { NearbyFactory } from '../../../lib/contracts';
import { keys } from './keys';

export function listNearbyFactories(signal?: AbortSignal) {
  return api.get<NearbyFactory[]>('/api/v1/piecework/nearby-factories', { signal });
}

export const useNearbyFactories = () =>
  useQuery({ queryKey: keys.nearby, queryFn: ({ signal }) => listNearbyFactories(signal) });
