import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { OrganisationSummary } from './contracts';
import { organisationKeys } from './keys';

/** GET /api/v1/organisations: the organisations of the areas she serves. */
export function useOrganisations() {
  return useQuery({
    queryKey: organisationKeys.list,
    queryFn: ({ signal }) => api.get<{ items: OrganisationSummary[] }>('/api/v1/organisations', { signal }),
  });
}
