import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingPost, SharingPostDraft } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** POST /api/v1/employer/sharing/posts — a resend with the same client key makes nothing new. */
export function createPost(input: SharingPostDraft) {
  return api.post<SharingPost>('/api/v1/employer/sharing/posts', input);
}

export function useCreateSharingPost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPost,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sharingKeys.all }),
  });
}
