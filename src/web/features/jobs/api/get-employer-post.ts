import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobPostDetail } from '../../../lib/contracts';

export function getEmployerPost(id: number, signal?: AbortSignal) {
  return api.get<JobPostDetail>(`/api/v1/employer/posts/${id}`, { signal });
}

export function useEmployerPost(id: number) {
  return useQuery({ queryKey: ['jobs', 'employer-post', id], queryFn: ({ signal }) => getEmployerPost(id, signal) });
}
