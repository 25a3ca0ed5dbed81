import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Appointment } from './contracts';

/** POST /api/v1/staff/appointments/:id/service-record: what was done; the appointment is served. */
export function useServiceRecord(stationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; serviceRecord: string }) =>
      api.post<Appointment>(`/api/v1/staff/appointments/${v.id}/service-record`, { serviceRecord: v.serviceRecord }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['stations', 'staff', stationId] }),
  });
}
