import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { QueueTicket, StationService } from './contracts';

/** POST /api/v1/staff/stations/:id/queue: a walk-in takes the next number of the day. */
export function useTakeQueueNumber(stationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { service: StationService; name: string }) =>
      api.post<QueueTicket>(`/api/v1/staff/stations/${stationId}/queue`, v),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['stations', 'staff', stationId, 'queue'] }),
  });
}
