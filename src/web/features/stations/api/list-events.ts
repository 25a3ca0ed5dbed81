import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StationEvent } from './contracts';

/** GET /api/v1/events: the street's upcoming events, soonest first, with the seats left and who waits. */
export function useEvents() {
  return useQuery({
    queryKey: ['events', 'list'],
    queryFn: ({ signal }) => api.get<{ items: StationEvent[] }>('/api/v1/events', { signal }),
  });
}
