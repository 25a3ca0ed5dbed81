import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingMatchList } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** GET /api/v1/sharing/posts/:id/matches — any post of the street, ranked for the broker. */
export function getBrokerMatches(id: number, signal?: AbortSignal) {
  return api.get<SharingMatchList>(`/api/v1/sharing/posts/${id}/matches`, { signal });
}

export function useBrokerMatches(id: number | null) {
  return useQuery({
    queryKey: sharingKeys.matches('street', id),
    enabled: id !== null,
    queryFn: ({ signal }) => getBrokerMatches(id!, signal),
  });
}
