import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobPostDetail, Page } from '../../../lib/contracts';

export type Queue = 'review' | 'mother' | 'published';

export function listReviewQueue(queue: Queue, page: number, pageSize: number, signal?: AbortSignal) {
  return api.get<Page<JobPostDetail>>('/api/v1/jobs/review/posts', { signal, query: { queue, page, pageSize } });
}

export function useReviewQueue(queue: Queue, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['jobs', 'review', queue, page, pageSize],
    queryFn: ({ signal }) => listReviewQueue(queue, page, pageSize, signal),
  });
}
