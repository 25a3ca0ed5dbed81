import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobPostDetail, Page } from '../../../lib/contracts';

export function listEmployerPosts(signal?: AbortSignal) {
  return api.get<Page<JobPostDetail>>('/api/v1/employer/posts', { signal, query: { pageSize: 100 } });
}

export function useEmployerPosts() {
  return useQuery({ queryKey: ['jobs', 'employer-posts'], queryFn: ({ signal }) => listEmployerPosts(signal) });
}
