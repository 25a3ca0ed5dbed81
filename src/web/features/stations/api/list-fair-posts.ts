import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { FairPost } from './contracts';

/** GET /api/v1/events/:id/posts: a job fair's open posts, ranked for her. */
export function useFairPosts(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['events', 'posts', id],
    enabled,
    queryFn: ({ signal }) => api.get<{ items: FairPost[] }>(`/api/v1/events/${id}/posts`, { signal }),
  });
}
