import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** POST /api/v1/organisations/:id/contacts/:contactId/reveal: the whole number, for a reason the log keeps. */
export function useRevealContact(id: number) {
  return useMutation({
    mutationFn: (v: { contactId: number; reason: string }) =>
      api.post<{ phone: string }>(`/api/v1/organisations/${id}/contacts/${v.contactId}/reveal`, { reason: v.reason }),
  });
}
