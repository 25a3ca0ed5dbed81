import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Appointment } from './contracts';

/** POST /api/v1/staff/stations/:id/check-in: the code the resident shows. */
export function useCheckIn(stationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<Appointment>(`/api/v1/staff/stations/${stationId}/check-in`, { code }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['stations', 'staff', stationId] }),
  });
}
