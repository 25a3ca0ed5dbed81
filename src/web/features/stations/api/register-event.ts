import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Registration } from './contracts';

/**
 * POST /api/v1/events/:id/registrations: a seat when one is free, else a place on the waitlist. The
 * client key is made once per attempt and sent again on a retry, so a resend answers the first.
 */
export function useRegisterEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { eventId: number; clientKey: string }) =>
      api.post<Registration>(`/api/v1/events/${v.eventId}/registrations`, { clientKey: v.clientKey }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
}
