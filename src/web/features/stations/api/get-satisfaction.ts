import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SatisfactionRow } from './contracts';

/** GET /api/v1/staff/stations/satisfaction: the rate per month, station and community. */
export function useSatisfaction() {
  return useQuery({
    queryKey: ['stations', 'staff', 'satisfaction'],
    queryFn: ({ signal }) => api.get<{ items: SatisfactionRow[] }>('/api/v1/staff/stations/satisfaction', { signal }),
  });
}
