import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingBoard } from '../../../lib/contracts';

/** GET /api/v1/sharing/board — the street's posts, agreements, pay flags and figures. */
export function useSharingBoard() {
  return useQuery({
    queryKey: ['sharing', 'board'],
    queryFn: ({ signal }) => api.get<SharingBoard>('/api/v1/sharing/board', { signal }),
  });
}
