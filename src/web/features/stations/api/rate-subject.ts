import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RatingKind, RatingSubjectView } from './contracts';

/** POST /api/v1/me/ratings/:kind/:id: once, 1–5 with a comment. */
export function useRateSubject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { kind: RatingKind; id: number; score: number; comment: string }) =>
      api.post<RatingSubjectView>(`/api/v1/me/ratings/${v.kind}/${v.id}`, { score: v.score, comment: v.comment }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['stations'] }),
  });
}
