import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StationsOverview } from './contracts';

/** GET /api/v1/staff/stations/overview: places booked per station and week, and the events' seats. */
export function useStationsOverview() {
  return useQuery({
    queryKey: ['stations', 'staff', 'overview'],
    queryFn: ({ signal }) => api.get<StationsOverview>('/api/v1/staff/stations/overview', { signal }),
  });
}
