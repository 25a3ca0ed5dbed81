import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { OrganisationDetail } from './contracts';
import { organisationKeys } from './keys';

/** GET /api/v1/organisations/:id: members, contacts (phones masked) and activities. */
export function useOrganisation(id: number) {
  return useQuery({
    queryKey: organisationKeys.detail(id),
    queryFn: ({ signal }) => api.get<OrganisationDetail>(`/api/v1/organisations/${id}`, { signal }),
  });
}
