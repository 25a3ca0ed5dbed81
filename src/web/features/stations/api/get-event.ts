import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { EventDetail } from './contracts';

/** GET /api/v1/events/:id: one event, her registration if any, and a fair's employers. */
export function useEvent(id: number) {
  return useQuery({
    queryKey: ['events', 'detail', id],
    queryFn: ({ signal }) => api.get<EventDetail>(`/api/v1/events/${id}`, { signal }),
  });
}
