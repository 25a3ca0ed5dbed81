import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MemberCandidates } from './contracts';
import { organisationKeys } from './keys';

/** GET /api/v1/organisations/:id/member-candidates?q=: residents and enterprises of her areas by name. */
export function useMemberCandidates(id: number, q: string) {
  return useQuery({
    queryKey: organisationKeys.candidates(id, q),
    enabled: q.trim().length > 0,
    queryFn: ({ signal }) =>
      api.get<MemberCandidates>(`/api/v1/organisations/${id}/member-candidates?q=${encodeURIComponent(q.trim())}`, {
        signal,
      }),
  });
}
