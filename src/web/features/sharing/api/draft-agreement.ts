import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingAgreement, SharingAgreementDraft } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** POST /api/v1/employer/sharing/agreements — the lending firm drafts an agreement from a match (its clientKey makes a resend safe). */
export function draftAgreement(input: SharingAgreementDraft) {
  return api.post<SharingAgreement>('/api/v1/employer/sharing/agreements', input);
}

export function useDraftAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: draftAgreement,
    onSuccess: (a) => {
      queryClient.setQueryData(sharingKeys.ownAgreement(a.id), a);
      void queryClient.invalidateQueries({ queryKey: sharingKeys.ownAgreements });
    },
  });
}
