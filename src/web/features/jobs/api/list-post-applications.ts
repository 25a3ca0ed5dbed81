import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';

export function listPostApplications(id: number, signal?: AbortSignal) {
  return api.get<{ items: Application[] }>(`/api/v1/employer/posts/${id}/applications`, { signal });
}

export function usePostApplications(id: number) {
  return useQuery({
    queryKey: ['jobs', 'post-applications', id],
    queryFn: ({ signal }) => listPostApplications(id, signal),
  });
}
