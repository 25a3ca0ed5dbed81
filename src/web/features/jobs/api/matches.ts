import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobMatch, MatchOrder } from '../../../lib/contracts';

export interface MatchList {
  items: JobMatch[];
  limits: { maxWalkMinutes: number; hasWindows: boolean };
  order: MatchOrder;
  weights: { walk: number; schedule: number; skills: number; pay: number; preference: number };
}

export function useMatches(motherOnly: boolean) {
  return useQuery({
    queryKey: ['jobs', 'matches', { motherOnly }],
    queryFn: ({ signal }) =>
      api.get<MatchList>('/api/v1/jobs/matches', { signal, query: { motherOnly: motherOnly ? 'true' : undefined } }),
  });
}

/** Keeps her choice of order on the server, so it holds on every device. */
export function useSetMatchOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (order: MatchOrder) => api.put<{ order: MatchOrder }>('/api/v1/me/match-order', { order }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['jobs', 'matches'] }),
  });
}
