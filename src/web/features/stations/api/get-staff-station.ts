import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StationDetail } from './contracts';

/** GET /api/v1/staff/stations/:id: hours, closures, services and staff. */
export function useStaffStation(id: number) {
  return useQuery({
    queryKey: ['stations', 'staff', id],
    queryFn: ({ signal }) => api.get<StationDetail>(`/api/v1/staff/stations/${id}`, { signal }),
  });
}
