import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Appointment } from './contracts';

/**
 * POST /api/v1/stations/slots/:id/bookings. The client key is made once per attempt and sent again
 * on a retry, so a resend answers the first booking.
 */
export function useBookSlot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { slotId: number; clientKey: string; purpose: string }) =>
      api.post<Appointment>(`/api/v1/stations/slots/${v.slotId}/bookings`, {
        clientKey: v.clientKey,
        purpose: v.purpose,
      }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['stations'] }),
  });
}
