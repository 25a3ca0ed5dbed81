import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AddActivityInput, OrganisationDetail } from './contracts';
import { organisationKeys } from './keys';

/** POST /api/v1/organisations/:id/activities: an activity the organisation hosts. */
export function useAddActivity(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddActivityInput) =>
      api.post<OrganisationDetail>(`/api/v1/organisations/${id}/activities`, input),
    onSuccess: (saved) => queryClient.setQueryData(organisationKeys.detail(id), saved),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: organisationKeys.list }),
  });
}
