import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { FollowUp } from './contracts';

/** POST /api/v1/staff/follow-ups/:id/close: what was done, required. */
export function useCloseFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; note: string }) =>
      api.post<FollowUp>(`/api/v1/staff/follow-ups/${v.id}/close`, { note: v.note }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['stations', 'staff'] }),
  });
}
