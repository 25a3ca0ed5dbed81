import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobMatch, MatchOrder } from '../../../lib/contracts';

export interface MatchList {
  items: JobMatch[];
  limits: { maxWalkMinutes: number; hasWindows: boolean };
  order: MatchOrder;
  weights: { walk: number; schedule: number; skills: number; pay: number; preference: number };
}

export function listMatches(motherOnly: boolean, signal?: AbortSignal) {
  return api.get<MatchList>('/api/v1/jobs/matches', { signal, query: { motherOnly: motherOnly ? 'true' : undefined } });
}

export function useMatches(motherOnly: boolean) {
  return useQuery({
    queryKey: ['jobs', 'matches', { motherOnly }],
    queryFn: ({ signal }) => listMatches(motherOnly, signal),
  });
}
