import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Application, ReasonItem } from '../../../lib/contracts';

export interface Candidate {
  residentId: number;
  displayName: string;
  communityName: string | null;
  skills: string[];
  score: number;
  walkMinutes: number;
  reasons: ReasonItem[];
  applicationId: number | null;
  applicationStatus: Application['status'] | null;
}

export function listCandidates(id: number, signal?: AbortSignal) {
  return api.get<{ items: Candidate[] }>(`/api/v1/employer/posts/${id}/candidates`, { signal });
}

export function useCandidates(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['jobs', 'candidates', id],
    enabled,
    queryFn: ({ signal }) => listCandidates(id, signal),
  });
}
