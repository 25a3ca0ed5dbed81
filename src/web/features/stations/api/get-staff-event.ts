import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StaffEventDetail } from './contracts';

/** GET /api/v1/staff/events/:id: who holds a seat, who waits, who came. */
export function useStaffEvent(id: number) {
  return useQuery({
    queryKey: ['events', 'staff', id],
    queryFn: ({ signal }) => api.get<StaffEventDetail>(`/api/v1/staff/events/${id}`, { signal }),
  });
}
