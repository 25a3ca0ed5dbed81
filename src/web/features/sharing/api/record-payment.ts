import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingAgreement } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** PUT /api/v1/employer/sharing/agreements/:id/payments — the borrowing firm's hours for a worker in a month (a resend overwrites). */
export function recordPayment(id: number, input: { residentId: number; month: string; hours: number }) {
  return api.put<SharingAgreement>(`/api/v1/employer/sharing/agreements/${id}/payments`, input);
}

export function useRecordPayment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { residentId: number; month: string; hours: number }) => recordPayment(id, input),
    onSuccess: (a) => queryClient.setQueryData(sharingKeys.ownAgreement(id), a),
  });
}
