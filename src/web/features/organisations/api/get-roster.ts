import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Roster } from './contracts';
import { organisationKeys } from './keys';

/** GET /api/v1/rosters/:id: a community's 就业服务专员, the residents each looks after, and who has none. */
export function useRoster(areaId: number | undefined) {
  return useQuery({
    queryKey: organisationKeys.roster(areaId ?? 0),
    enabled: areaId !== undefined,
    queryFn: ({ signal }) => api.get<Roster>(`/api/v1/rosters/${areaId}`, { signal }),
  });
}
