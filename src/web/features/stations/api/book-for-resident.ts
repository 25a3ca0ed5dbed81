import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Appointment } from './contracts';

/**
 * POST /api/v1/staff/stations/slots/:id/bookings: an officer books for a resident (代办), with how she
 * agreed; the client key is made once per attempt and sent again on a retry.
 */
export function useBookForResident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      slotId: number;
      residentId: number;
      clientKey: string;
      consentMethod: 'paper' | 'verbal_witnessed';
      purpose: string;
    }) =>
      api.post<Appointment>(`/api/v1/staff/stations/slots/${v.slotId}/bookings`, {
        residentId: v.residentId,
        clientKey: v.clientKey,
        consentMethod: v.consentMethod,
        purpose: v.purpose,
      }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['stations'] }),
  });
}
