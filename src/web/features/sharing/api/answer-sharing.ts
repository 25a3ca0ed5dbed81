import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MySharing } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** POST /api/v1/me/sharing/:id/consent — her own answer; the same answer again changes nothing. */
export function answerSharing({ id, decision }: { id: number; decision: 'consent' | 'decline' }) {
  return api.post<MySharing>(`/api/v1/me/sharing/${id}/consent`, { decision });
}

export function useAnswerSharing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerSharing,
    onSuccess: (data) => queryClient.setQueryData(sharingKeys.mine, data),
  });
}
