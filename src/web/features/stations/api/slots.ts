import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Slot } from './contracts';

/** GET /api/v1/stations/:id/slots (resident) or /api/v1/staff/stations/:id/slots: the week's slots and seats left. */
export function useSlots(stationId: number, side: 'resident' | 'staff' = 'resident') {
  const path = side === 'staff' ? `/api/v1/staff/stations/${stationId}/slots` : `/api/v1/stations/${stationId}/slots`;
  return useQuery({
    queryKey: ['stations', side, stationId, 'slots'],
    queryFn: ({ signal }) => api.get<{ items: Slot[] }>(path, { signal, query: { days: '7' } }),
  });
}
