import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MySharing } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** POST /api/v1/me/sharing/:id/extension — her own answer to a proposed extension; the same answer again changes nothing. */
export function answerExtension({ id, decision }: { id: number; decision: 'consent' | 'decline' }) {
  return api.post<MySharing>(`/api/v1/me/sharing/${id}/extension`, { decision });
}

export function useAnswerExtension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerExtension,
    onSuccess: (data) => queryClient.setQueryData(sharingKeys.mine, data),
  });
}
