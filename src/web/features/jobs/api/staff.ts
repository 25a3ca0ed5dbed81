import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type {
  Application,
  JobPostDetail,
  JobProfile,
  JobProfileInput,
  Page,
  ResidentListItem,
} from '../../../lib/contracts';
import type { MatchList } from './matches';

export type Queue = 'review' | 'mother' | 'published';

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

export interface WatchEntry {
  id: number;
  enterpriseId: number;
  enterpriseName: string;
  kind: 'red' | 'black';
  reason: string;
  createdAt: string;
  createdBy: string;
}

export function useReviewQueue(queue: Queue, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['jobs', 'review', queue, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<JobPostDetail>>('/api/v1/jobs/review/posts', { signal, query: { queue, page, pageSize } }),
  });
}

export function useReviewAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      a:
        | { id: number; kind: 'decision'; approve: boolean; note?: string }
        | { id: number; kind: 'mother'; certify: boolean; note?: string }
        | { id: number; kind: 'take-down'; note: string },
    ) => {
      const { id, kind, ...body } = a;
      return api.post<JobPostDetail>(`/api/v1/jobs/review/posts/${id}/${kind}`, body);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['jobs', 'review'] }),
  });
}

export function useReports(status: PostReport['status'], page: number, pageSize: number) {
  return useQuery({
    queryKey: ['jobs', 'reports', status, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<PostReport>>('/api/v1/jobs/reports', { signal, query: { status, page, pageSize } }),
  });
}

export function useResolveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (a: { id: number; uphold: boolean; note: string }) =>
      api.post<{ ok: true }>(`/api/v1/jobs/reports/${a.id}/resolve`, { uphold: a.uphold, note: a.note }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['jobs', 'reports'] }),
  });
}

export function useWatchlist() {
  return useQuery({
    queryKey: ['jobs', 'watchlist'],
    queryFn: ({ signal }) => api.get<{ items: WatchEntry[] }>('/api/v1/jobs/watchlist', { signal }),
  });
}

export function useWatchlistChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (a: { add: { enterpriseId: number; kind: 'red' | 'black'; reason: string } } | { removeId: number }) =>
      'add' in a
        ? api.post<{ items: WatchEntry[] }>('/api/v1/jobs/watchlist', a.add)
        : api.post<{ items: WatchEntry[] }>(`/api/v1/jobs/watchlist/${a.removeId}/remove`),
    onSuccess: (list) => queryClient.setQueryData(['jobs', 'watchlist'], list),
  });
}

export function useEnterpriseOptions(q: string) {
  return useQuery({
    queryKey: ['jobs', 'enterprise-options', q],
    queryFn: ({ signal }) =>
      api.get<Page<{ id: number; name: string }>>('/api/v1/enterprises', {
        signal,
        query: { q: q || undefined, pageSize: 20 },
      }),
  });
}

// ── Assisted service ──
export function useResidentSearch(q: string) {
  return useQuery({
    queryKey: ['jobs', 'assisted-search', q],
    enabled: q.trim().length > 0,
    queryFn: ({ signal }) =>
      api.get<Page<ResidentListItem>>('/api/v1/residents', { signal, query: { q, pageSize: 10 } }),
  });
}

export function useRegisterResident() {
  return useMutation({
    mutationFn: (input: { name: string; idNumber: string; phone: string; compoundId: number }) =>
      api.post<ResidentListItem>('/api/v1/residents', input),
  });
}

export function useAssistedProfile(residentId: number) {
  return useQuery({
    queryKey: ['jobs', 'assisted', residentId, 'profile'],
    queryFn: ({ signal }) => api.get<JobProfile>(`/api/v1/jobs/assisted/${residentId}/profile`, { signal }),
  });
}

export function useSaveAssistedProfile(residentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JobProfileInput) => api.put<JobProfile>(`/api/v1/jobs/assisted/${residentId}/profile`, input),
    onSuccess: (profile) => {
      queryClient.setQueryData(['jobs', 'assisted', residentId, 'profile'], profile);
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'assisted', residentId, 'matches'] });
    },
  });
}

export function useAssistedMatches(residentId: number) {
  return useQuery({
    queryKey: ['jobs', 'assisted', residentId, 'matches'],
    queryFn: ({ signal }) => api.get<MatchList>(`/api/v1/jobs/assisted/${residentId}/matches`, { signal }),
  });
}

export function useAssistedApplications(residentId: number) {
  return useQuery({
    queryKey: ['jobs', 'assisted', residentId, 'applications'],
    queryFn: ({ signal }) =>
      api.get<{ items: Application[] }>(`/api/v1/jobs/assisted/${residentId}/applications`, { signal }),
  });
}

export function useAssistedApply(residentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      postId: number;
      fields: Application['sharedFields'];
      consentMethod: 'paper' | 'verbal_witnessed';
      witness?: string;
    }) => api.post<Application>(`/api/v1/jobs/assisted/${residentId}/applications`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['jobs', 'assisted', residentId] }),
  });
}
