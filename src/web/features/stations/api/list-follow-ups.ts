import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { FollowUp } from './contracts';

/** GET /api/v1/staff/follow-ups: low ratings to call back about, open ones first, in the reader's reach. */
export function useFollowUps(status: 'open' | 'closed' | undefined) {
  return useQuery({
    queryKey: ['stations', 'staff', 'follow-ups', status ?? 'all'],
    queryFn: ({ signal }) =>
      api.get<{ items: FollowUp[] }>(`/api/v1/staff/follow-ups${status ? `?status=${status}` : ''}`, { signal }),
  });
}
