import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CreateOrganisationInput, OrganisationDetail } from './contracts';
import { organisationKeys } from './keys';

/** POST /api/v1/organisations: registers an organisation; a resent key answers the first. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOrganisationInput) => api.post<OrganisationDetail>('/api/v1/organisations', input),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}
