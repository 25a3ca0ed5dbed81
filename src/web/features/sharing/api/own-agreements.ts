import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingAgreement } from '../../../lib/contracts';

/** GET /api/v1/employer/sharing/agreements — agreements either side of which is the user's firm. */
export function useOwnAgreements() {
  return useQuery({
    queryKey: ['sharing', 'own-agreements'],
    queryFn: ({ signal }) => api.get<{ items: SharingAgreement[] }>('/api/v1/employer/sharing/agreements', { signal }),
  });
}

/** GET /api/v1/employer/sharing/agreements/:id */
export function useOwnAgreement(id: number) {
  return useQuery({
    queryKey: ['sharing', 'own-agreement', id],
    queryFn: ({ signal }) => api.get<SharingAgreement>(`/api/v1/employer/sharing/agreements/${id}`, { signal }),
  });
}

/** POST /api/v1/employer/sharing/agreements/:id/sign — signs for the side the firm is on. */
export function useSignAgreement(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enterpriseId: number) =>
      api.post<SharingAgreement>(`/api/v1/employer/sharing/agreements/${id}/sign`, { enterpriseId }),
    onSuccess: (a) => {
      queryClient.setQueryData(['sharing', 'own-agreement', id], a);
      void queryClient.invalidateQueries({ queryKey: ['sharing', 'own-agreements'] });
    },
  });
}
