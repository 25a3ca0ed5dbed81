import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Registration } from './contracts';

/** POST /api/v1/me/event-registrations/:id/cancel: her seat or place given back; a seat moves on. */
export function useCancelRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<Registration>(`/api/v1/me/event-registrations/${id}/cancel`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
}
