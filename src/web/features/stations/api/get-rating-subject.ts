import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RatingKind, RatingSubjectView } from './contracts';

/** GET /api/v1/me/ratings/:kind/:id: what she would rate, whether she may now, and her rating if given. */
export function useRatingSubject(kind: RatingKind, id: number) {
  return useQuery({
    queryKey: ['stations', 'rating', kind, id],
    queryFn: ({ signal }) => api.get<RatingSubjectView>(`/api/v1/me/ratings/${kind}/${id}`, { signal }),
  });
}
