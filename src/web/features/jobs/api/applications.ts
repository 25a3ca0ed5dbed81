import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';

export type SharedField = Application['sharedFields'][number];

export function useMyApplications() {
  return useQuery({
    queryKey: ['jobs', 'applications'],
    queryFn: ({ signal }) => api.get<{ items: Application[] }>('/api/v1/me/applications', { signal }),
  });
}

export function useMyApplication(id: number) {
  return useQuery({
    queryKey: ['jobs', 'application', id],
    queryFn: ({ signal }) => api.get<Application>(`/api/v1/me/applications/${id}`, { signal }),
  });
}

function useApplicationMutation<I>(fn: (input: I) => Promise<Application>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (application) => {
      queryClient.setQueryData(['jobs', 'application', application.id], application);
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'applications'] });
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'post', application.postId] });
    },
  });
}

export function useApply(postId: number) {
  return useApplicationMutation((input: { fields: SharedField[]; message?: string }) =>
    api.post<Application>(`/api/v1/jobs/posts/${postId}/applications`, { consent: true, ...input }),
  );
}

export function useWithdraw(id: number) {
  return useApplicationMutation(() => api.post<Application>(`/api/v1/me/applications/${id}/withdraw`));
}

export function useAcceptInvitation(id: number) {
  return useApplicationMutation((fields: SharedField[]) =>
    api.post<Application>(`/api/v1/me/applications/${id}/accept`, { consent: true, fields }),
  );
}

/** Either side writes in the thread; the server knows which side the writer is on. */
export function useSendMessage(id: number, employer = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<Application>(`/api/v1/jobs/applications/${id}/messages`, { body }),
    onSuccess: (application) =>
      queryClient.setQueryData(['jobs', employer ? 'employer-application' : 'application', id], application),
  });
}
