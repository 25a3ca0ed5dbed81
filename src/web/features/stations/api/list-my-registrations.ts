import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Registration } from './contracts';

/** GET /api/v1/me/event-registrations: her registrations, newest first, with door codes and offers. */
export function useMyRegistrations() {
  return useQuery({
    queryKey: ['events', 'mine'],
    queryFn: ({ signal }) => api.get<{ items: Registration[] }>('/api/v1/me/event-registrations', { signal }),
  });
}
