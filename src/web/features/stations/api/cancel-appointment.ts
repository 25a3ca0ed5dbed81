import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Appointment } from './contracts';

/** POST /api/v1/me/appointments/:id/cancel: before the cut-off; the seat goes back. */
export function useCancelAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<Appointment>(`/api/v1/me/appointments/${id}/cancel`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['stations'] }),
  });
}
