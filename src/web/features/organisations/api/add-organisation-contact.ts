import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AddContactInput, OrganisationDetail } from './contracts';
import { organisationKeys } from './keys';

/** POST /api/v1/organisations/:id/contacts: a contact with a role; the phone is kept whole and shown masked. */
export function useAddContact(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddContactInput) => api.post<OrganisationDetail>(`/api/v1/organisations/${id}/contacts`, input),
    onSuccess: (saved) => queryClient.setQueryData(organisationKeys.detail(id), saved),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: organisationKeys.list }),
  });
}
