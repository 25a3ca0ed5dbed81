import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingAgreement } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** POST /api/v1/employer/sharing/agreements/:id/sign — signs for the side the firm is on. */
export function signAgreement(id: number, enterpriseId: number) {
  return api.post<SharingAgreement>(`/api/v1/employer/sharing/agreements/${id}/sign`, { enterpriseId });
}

export function useSignAgreement(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enterpriseId: number) => signAgreement(id, enterpriseId),
    onSuccess: (a) => {
      queryClient.setQueryData(sharingKeys.ownAgreement(id), a);
      void queryClient.invalidateQueries({ queryKey: sharingKeys.ownAgreements });
    },
  });
}
