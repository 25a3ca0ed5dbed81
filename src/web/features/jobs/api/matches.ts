import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobMatch } from '../../../lib/contracts';

export interface MatchList {
  items: JobMatch[];
  limits: { maxWalkMinutes: number; hasWindows: boolean };
}

export function useMatches(motherOnly: boolean) {
  return useQuery({
    queryKey: ['jobs', 'matches', { motherOnly }],
    queryFn: ({ signal }) =>
      api.get<MatchList>('/api/v1/jobs/matches', { signal, query: { motherOnly: motherOnly ? 'true' : undefined } }),
  });
}
