import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { NearbyStations } from './contracts';

/** GET /api/v1/stations/nearby: the stations within her walk, nearest first. */
export function useNearbyStations() {
  return useQuery({
    queryKey: ['stations', 'nearby'],
    queryFn: ({ signal }) => api.get<NearbyStations>('/api/v1/stations/nearby', { signal }),
  });
}
