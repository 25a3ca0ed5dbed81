import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingMatchList } from '../../../lib/contracts';

/** GET /api/v1/employer/sharing/posts/:id/matches — or, for the street, /api/v1/sharing/posts/:id/matches. */
export function useSharingMatches(id: number | null, as: 'employer' | 'street') {
  return useQuery({
    queryKey: ['sharing', 'matches', as, id],
    enabled: id !== null,
    queryFn: ({ signal }) =>
      api.get<SharingMatchList>(
        as === 'employer' ? `/api/v1/employer/sharing/posts/${id}/matches` : `/api/v1/sharing/posts/${id}/matches`,
        { signal },
      ),
  });
}
