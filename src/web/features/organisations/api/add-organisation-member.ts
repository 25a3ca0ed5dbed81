import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AddMemberInput, OrganisationDetail } from './contracts';
import { organisationKeys } from './keys';

/** POST /api/v1/organisations/:id/members: a resident or an enterprise joins, with a role and a date. */
export function useAddMember(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddMemberInput) => api.post<OrganisationDetail>(`/api/v1/organisations/${id}/members`, input),
    onSuccess: (saved) => queryClient.setQueryData(organisationKeys.detail(id), saved),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: organisationKeys.list }),
  });
}
