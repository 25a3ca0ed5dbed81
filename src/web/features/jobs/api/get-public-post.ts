import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobPostDetail } from '../../../lib/contracts';

export function getPublicPost(id: number, signal?: AbortSignal) {
  return api.get<JobPostDetail>(`/api/v1/jobs/posts/${id}`, { signal });
}

export function usePublicPost(id: number) {
  return useQuery({ queryKey: ['jobs', 'post', id], queryFn: ({ signal }) => getPublicPost(id, signal) });
}
