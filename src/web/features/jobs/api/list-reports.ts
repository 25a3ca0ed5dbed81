import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page } from '../../../lib/contracts';

export interface PostReport {
  id: number;
  postId: number;
  postTitle: string;
  enterpriseName: string;
  reason: string;
  detail: string | null;
  status: 'open' | 'upheld' | 'dismissed';
  createdAt: string;
  handledNote: string | null;
}

export function listReports(status: PostReport['status'], page: number, pageSize: number, signal?: AbortSignal) {
  return api.get<Page<PostReport>>('/api/v1/jobs/reports', { signal, query: { status, page, pageSize } });
}

export function useReports(status: PostReport['status'], page: number, pageSize: number) {
  return useQuery({
    queryKey: ['jobs', 'reports', status, page, pageSize],
    queryFn: ({ signal }) => listReports(status, page, pageSize, signal),
  });
}
