import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Application, CreateJobPostInput, JobPostDetail, Page, ReasonItem } from '../../../lib/contracts';

export interface Candidate {
  residentId: number;
  displayName: string;
  communityName: string | null;
  skills: string[];
  score: number;
  walkMinutes: number;
  reasons: ReasonItem[];
  applicationId: number | null;
  applicationStatus: Application['status'] | null;
}

export interface InvitationInput {
  kind: 'interview' | 'trial_day';
  at: string;
  place: string;
}

export function useEmployerPosts() {
  return useQuery({
    queryKey: ['jobs', 'employer-posts'],
    queryFn: ({ signal }) =>
      api.get<Page<JobPostDetail>>('/api/v1/employer/posts', { signal, query: { pageSize: 100 } }),
  });
}

export function useEmployerPost(id: number) {
  return useQuery({
    queryKey: ['jobs', 'employer-post', id],
    queryFn: ({ signal }) => api.get<JobPostDetail>(`/api/v1/employer/posts/${id}`, { signal }),
  });
}

export function useCreatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateJobPostInput) => api.post<JobPostDetail>('/api/v1/employer/posts', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['jobs', 'employer-posts'] }),
  });
}

export function usePostAction(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'mother' | 'close') =>
      action === 'mother'
        ? api.post<JobPostDetail>(`/api/v1/employer/posts/${id}/mother-request`)
        : api.patch<JobPostDetail>(`/api/v1/employer/posts/${id}`, { close: true }),
    onSuccess: (post) => {
      queryClient.setQueryData(['jobs', 'employer-post', id], post);
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'employer-posts'] });
    },
  });
}

export function usePostApplications(id: number) {
  return useQuery({
    queryKey: ['jobs', 'post-applications', id],
    queryFn: ({ signal }) => api.get<{ items: Application[] }>(`/api/v1/employer/posts/${id}/applications`, { signal }),
  });
}

export function useCandidates(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['jobs', 'candidates', id],
    enabled,
    queryFn: ({ signal }) => api.get<{ items: Candidate[] }>(`/api/v1/employer/posts/${id}/candidates`, { signal }),
  });
}

export function useInviteCandidate(postId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { residentId: number; invitation: InvitationInput }) =>
      api.post<Application>(`/api/v1/employer/posts/${postId}/invitations`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'candidates', postId] });
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'post-applications', postId] });
    },
  });
}

export function useEmployerApplication(id: number) {
  return useQuery({
    queryKey: ['jobs', 'employer-application', id],
    queryFn: ({ signal }) => api.get<Application>(`/api/v1/employer/applications/${id}`, { signal }),
  });
}

export function useEmployerDecision(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      d:
        | { kind: 'invite'; invitation: InvitationInput }
        | { kind: 'hire'; startDate: string }
        | { kind: 'reject'; reason: string },
    ) =>
      d.kind === 'invite'
        ? api.post<Application>(`/api/v1/employer/applications/${id}/invite`, d.invitation)
        : d.kind === 'hire'
          ? api.post<Application>(`/api/v1/employer/applications/${id}/hire`, { startDate: d.startDate })
          : api.post<Application>(`/api/v1/employer/applications/${id}/reject`, { reason: d.reason }),
    onSuccess: (application) => {
      queryClient.setQueryData(['jobs', 'employer-application', id], application);
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'post-applications', application.postId] });
    },
  });
}
