import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Registration } from './contracts';

/** POST /api/v1/me/event-registrations/:id/confirm: she takes the seat offered from the waitlist. */
export function useConfirmRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<Registration>(`/api/v1/me/event-registrations/${id}/confirm`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
}
