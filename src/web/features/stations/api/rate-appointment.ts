import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Appointment } from './contracts';

/** POST /api/v1/me/appointments/:id/rating: once, 1–5 with a comment. */
export function useRateAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; score: number; comment: string }) =>
      api.post<Appointment>(`/api/v1/me/appointments/${v.id}/rating`, { score: v.score, comment: v.comment }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['stations', 'mine'] }),
  });
}
