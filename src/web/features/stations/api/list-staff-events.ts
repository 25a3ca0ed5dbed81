import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StationEvent } from './contracts';

/** GET /api/v1/staff/events: upcoming events of the stations in reach. */
export function useStaffEvents() {
  return useQuery({
    queryKey: ['events', 'staff'],
    queryFn: ({ signal }) => api.get<{ items: StationEvent[] }>('/api/v1/staff/events', { signal }),
  });
}
