import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { EventInput, StaffEventDetail } from './contracts';

/** POST /api/v1/staff/stations/:id/events: a 政策宣传推介会 or 招聘会 at a station in reach. */
export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { stationId: number; input: EventInput }) =>
      api.post<StaffEventDetail>(`/api/v1/staff/stations/${v.stationId}/events`, v.input),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
}
