import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';

export interface InvitationInput {
  kind: 'interview' | 'trial_day';
  at: string;
  place: string;
}

export function inviteCandidate(postId: number, input: { residentId: number; invitation: InvitationInput }) {
  return api.post<Application>(`/api/v1/employer/posts/${postId}/invitations`, input);
}

export function useInviteCandidate(postId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { residentId: number; invitation: InvitationInput }) => inviteCandidate(postId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'candidates', postId] });
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'post-applications', postId] });
    },
  });
}
