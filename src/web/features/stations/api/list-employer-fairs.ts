import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { EmployerFair } from './contracts';

/** GET /api/v1/employer/fairs: upcoming job fairs and the booths her enterprises hold. */
export function useEmployerFairs() {
  return useQuery({
    queryKey: ['events', 'fairs'],
    queryFn: ({ signal }) => api.get<{ items: EmployerFair[] }>('/api/v1/employer/fairs', { signal }),
  });
}
