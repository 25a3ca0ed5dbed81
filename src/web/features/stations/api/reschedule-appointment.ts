import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Appointment } from './contracts';

/** POST /api/v1/me/appointments/:id/reschedule: her booking moved to another time of the same station. */
export function useRescheduleAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; slotId: number }) =>
      api.post<Appointment>(`/api/v1/me/appointments/${v.id}/reschedule`, { slotId: v.slotId }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['stations'] }),
  });
}
