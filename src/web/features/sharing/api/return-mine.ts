import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MySharing, SharingMyReturnDraft } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** POST /api/v1/me/sharing/:id/return — she goes back early, naming the duty broken; her employer cannot refuse. */
export function returnMine({ id, ...input }: SharingMyReturnDraft & { id: number }) {
  return api.post<MySharing>(`/api/v1/me/sharing/${id}/return`, input);
}

export function useReturnMine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: returnMine,
    onSuccess: (data) => queryClient.setQueryData(sharingKeys.mine, data),
  });
}
