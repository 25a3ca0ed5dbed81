import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** POST /api/v1/staff/follow-ups/:id/reveal-phone: the resident's number to call her back (audited). */
export function useRevealFollowUpPhone() {
  return useMutation({
    mutationFn: (id: number) => api.post<{ phone: string }>(`/api/v1/staff/follow-ups/${id}/reveal-phone`),
  });
}
