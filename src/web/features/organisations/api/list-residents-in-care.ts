import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ResidentsInCare } from './contracts';
import { organisationKeys } from './keys';

/** GET /api/v1/me/residents-in-care: the residents she looks after as a 就业服务专员. */
export function useResidentsInCare() {
  return useQuery({
    queryKey: organisationKeys.inCare,
    queryFn: ({ signal }) => api.get<ResidentsInCare>('/api/v1/me/residents-in-care', { signal }),
  });
}
