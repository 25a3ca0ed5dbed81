import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StationDetail } from './contracts';

/** GET /api/v1/stations/:id: a station's public face (hours, closures, services). */
export function useStation(id: number) {
  return useQuery({
    queryKey: ['stations', 'public', id],
    queryFn: ({ signal }) => api.get<StationDetail>(`/api/v1/stations/${id}`, { signal }),
  });
}
