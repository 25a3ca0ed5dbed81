import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Slot, SlotInput } from './contracts';

/** POST /api/v1/staff/stations/:id/slots: a time for one service, inside the station's hours. */
export function useCreateSlot(stationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SlotInput) => api.post<Slot>(`/api/v1/staff/stations/${stationId}/slots`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['stations', 'staff', stationId] }),
  });
}
