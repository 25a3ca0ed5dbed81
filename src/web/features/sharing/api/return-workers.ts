import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingAgreement, SharingReturnDraft } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** POST /api/v1/employer/sharing/agreements/:id/returns — workers go back (a worker already back the same way is a resend). */
export function returnWorkers(id: number, input: SharingReturnDraft) {
  return api.post<SharingAgreement>(`/api/v1/employer/sharing/agreements/${id}/returns`, input);
}

export function useReturnWorkers(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SharingReturnDraft) => returnWorkers(id, input),
    onSuccess: (a) => {
      queryClient.setQueryData(sharingKeys.ownAgreement(id), a);
      void queryClient.invalidateQueries({ queryKey: sharingKeys.ownAgreements });
    },
  });
}
