import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobPostDetail } from '../../../lib/contracts';

export function usePublicPost(id: number) {
  return useQuery({
    queryKey: ['jobs', 'post', id],
    queryFn: ({ signal }) => api.get<JobPostDetail>(`/api/v1/jobs/posts/${id}`, { signal }),
  });
}

export function useReportPost(id: number) {
  return useMutation({
    mutationFn: (input: { reason: string; detail?: string }) =>
      api.post<{ ok: true }>(`/api/v1/jobs/posts/${id}/reports`, input),
  });
}
