import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MySharing } from '../../../lib/contracts';

/** GET /api/v1/me/sharing — the agreements the resident is listed on, with her answer. */
export function useMySharing() {
  return useQuery({
    queryKey: ['sharing', 'mine'],
    queryFn: ({ signal }) => api.get<MySharing>('/api/v1/me/sharing', { signal }),
  });
}

/** POST /api/v1/me/sharing/:id/consent — her own answer; the same answer again changes nothing. */
export function useAnswerSharing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: 'consent' | 'decline' }) =>
      api.post<MySharing>(`/api/v1/me/sharing/${id}/consent`, { decision }),
    onSuccess: (data) => queryClient.setQueryData(['sharing', 'mine'], data),
  });
}
