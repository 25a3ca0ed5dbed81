import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StationSummary } from './contracts';

/** GET /api/v1/staff/stations: the stations in the actor's reach. */
export function useStaffStations() {
  return useQuery({
    queryKey: ['stations', 'staff', 'list'],
    queryFn: ({ signal }) => api.get<{ items: StationSummary[] }>('/api/v1/staff/stations', { signal }),
  });
}
