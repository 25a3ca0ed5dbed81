import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { QueueTicket } from './contracts';

/** POST /api/v1/staff/queue-tickets/:id/service-record: what was done for the walk-in called. */
export function useServeTicket(stationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; serviceRecord: string }) =>
      api.post<QueueTicket>(`/api/v1/staff/queue-tickets/${v.id}/service-record`, { serviceRecord: v.serviceRecord }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['stations', 'staff', stationId, 'queue'] }),
  });
}
