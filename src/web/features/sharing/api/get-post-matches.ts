import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingMatchList } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** GET /api/v1/employer/sharing/posts/:id/matches — the firm's own post's counterparts, ranked. */
export function getPostMatches(id: number, signal?: AbortSignal) {
  return api.get<SharingMatchList>(`/api/v1/employer/sharing/posts/${id}/matches`, { signal });
}

export function useSharingMatches(id: number) {
  return useQuery({
    queryKey: sharingKeys.matches('employer', id),
    queryFn: ({ signal }) => getPostMatches(id, signal),
  });
}
