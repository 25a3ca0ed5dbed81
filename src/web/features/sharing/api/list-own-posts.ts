import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingPost } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** GET /api/v1/employer/sharing/posts — the firm's own surplus and shortage posts. */
export function listOwnPosts(signal?: AbortSignal) {
  return api.get<{ items: SharingPost[] }>('/api/v1/employer/sharing/posts', { signal });
}

export function useOwnSharingPosts() {
  return useQuery({ queryKey: sharingKeys.ownPosts, queryFn: ({ signal }) => listOwnPosts(signal) });
}
