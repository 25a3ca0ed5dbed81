import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MatchList } from './list-matches';

export function listAssistedMatches(residentId: number, signal?: AbortSignal) {
  return api.get<MatchList>(`/api/v1/jobs/assisted/${residentId}/matches`, { signal });
}

export function useAssistedMatches(residentId: number) {
  return useQuery({
    queryKey: ['jobs', 'assisted', residentId, 'matches'],
    queryFn: ({ signal }) => listAssistedMatches(residentId, signal),
  });
}
