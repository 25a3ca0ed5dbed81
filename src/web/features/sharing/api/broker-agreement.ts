import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingAgreement, SharingAgreementDraft } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** POST /api/v1/sharing/agreements — the street brokers an agreement between two firms. */
export function brokerAgreement(input: SharingAgreementDraft) {
  return api.post<SharingAgreement>('/api/v1/sharing/agreements', input);
}

export function useBrokerAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: brokerAgreement,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sharingKeys.board }),
  });
}
