import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Slot } from './contracts';

/** GET /api/v1/staff/stations/:id/slots: a station's slots of the coming week, for staff in reach. */
export function useStaffSlots(stationId: number | null) {
  return useQuery({
    queryKey: ['stations', 'staff', stationId, 'slots'],
    enabled: stationId !== null,
    queryFn: ({ signal }) =>
      api.get<{ items: Slot[] }>(`/api/v1/staff/stations/${stationId}/slots`, { signal, query: { days: '7' } }),
  });
}
