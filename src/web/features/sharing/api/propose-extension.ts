import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingAgreement } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** POST /api/v1/employer/sharing/agreements/:id/extension — proposes a new end date, or agrees to the one proposed. */
export function proposeExtension(id: number, input: { enterpriseId: number; endDate: string }) {
  return api.post<SharingAgreement>(`/api/v1/employer/sharing/agreements/${id}/extension`, input);
}

export function useProposeExtension(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { enterpriseId: number; endDate: string }) => proposeExtension(id, input),
    onSuccess: (a) => {
      queryClient.setQueryData(sharingKeys.ownAgreement(id), a);
      void queryClient.invalidateQueries({ queryKey: sharingKeys.ownAgreements });
    },
  });
}
