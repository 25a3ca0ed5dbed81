import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MyEnrolment } from './contracts';

/** POST /api/v1/training/my-enrolments/:id/cancel: her seat goes to the first of the waitlist. */
export function useCancelEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<MyEnrolment>(`/api/v1/training/my-enrolments/${id}/cancel`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['training'] }),
  });
}
