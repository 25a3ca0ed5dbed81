import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { OrganisationDetail } from './contracts';
import { organisationKeys } from './keys';

/** POST /api/v1/organisations/:id/members/:memberId/remove: a member leaves; removing again changes nothing. */
export function useRemoveMember(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: number) =>
      api.post<OrganisationDetail>(`/api/v1/organisations/${id}/members/${memberId}/remove`, {}),
    onSuccess: (saved) => queryClient.setQueryData(organisationKeys.detail(id), saved),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: organisationKeys.list }),
  });
}
