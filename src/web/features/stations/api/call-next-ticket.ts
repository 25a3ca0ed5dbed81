import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { QueueTicket } from './contracts';

/** POST /api/v1/staff/stations/:id/queue/call-next: the first one waiting comes to the desk. */
export function useCallNextTicket(stationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<QueueTicket>(`/api/v1/staff/stations/${stationId}/queue/call-next`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['stations', 'staff', stationId, 'queue'] }),
  });
}
