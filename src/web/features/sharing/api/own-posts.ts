import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingPost, SharingPostDraft } from '../../../lib/contracts';

/** GET /api/v1/employer/sharing/posts — the firm's own surplus and shortage posts. */
export function useOwnSharingPosts() {
  return useQuery({
    queryKey: ['sharing', 'own-posts'],
    queryFn: ({ signal }) => api.get<{ items: SharingPost[] }>('/api/v1/employer/sharing/posts', { signal }),
  });
}

/** POST /api/v1/employer/sharing/posts — a resend with the same client key makes nothing new. */
export function useCreateSharingPost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SharingPostDraft) => api.post<SharingPost>('/api/v1/employer/sharing/posts', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['sharing'] }),
  });
}
