import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StationQueue } from './contracts';

/** GET /api/v1/staff/stations/:id/queue: today's walk-ins, by number. */
export function useStationQueue(id: number) {
  return useQuery({
    queryKey: ['stations', 'staff', id, 'queue'],
    queryFn: ({ signal }) => api.get<StationQueue>(`/api/v1/staff/stations/${id}/queue`, { signal }),
  });
}
