import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Attendee } from './contracts';

/** POST /api/v1/staff/events/:id/check-in: the door code the agent typed. */
export function useCheckInEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { eventId: number; code: string }) =>
      api.post<Attendee>(`/api/v1/staff/events/${v.eventId}/check-in`, { code: v.code }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
}
