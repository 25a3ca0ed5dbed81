import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StationDay } from './contracts';

/** GET /api/v1/staff/stations/:id/day: today's slots, each with its bookings. */
export function useStationDay(id: number) {
  return useQuery({
    queryKey: ['stations', 'staff', id, 'day'],
    queryFn: ({ signal }) => api.get<StationDay>(`/api/v1/staff/stations/${id}/day`, { signal }),
  });
}
