import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Appointment } from './contracts';

/** POST /api/v1/staff/appointments/:id/no-show: after the slot has ended. */
export function useNoShow(stationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<Appointment>(`/api/v1/staff/appointments/${id}/no-show`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['stations', 'staff', stationId] }),
  });
}
