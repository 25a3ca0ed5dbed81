import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingAgreement } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** PUT /api/v1/employer/sharing/agreements/:id/wages — what the lending firm paid a worker for a month (a resend overwrites). */
export function recordWage(id: number, input: { residentId: number; month: string; paidFen: number }) {
  return api.put<SharingAgreement>(`/api/v1/employer/sharing/agreements/${id}/wages`, input);
}

export function useRecordWage(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { residentId: number; month: string; paidFen: number }) => recordWage(id, input),
    onSuccess: (a) => queryClient.setQueryData(sharingKeys.ownAgreement(id), a),
  });
}
