import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { EmployerFair } from './contracts';

/** POST /api/v1/employer/fairs/:id/booths: a booth for one of her enterprises; again answers the same. */
export function useRegisterBooth() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { eventId: number; enterpriseId: number }) =>
      api.post<EmployerFair>(`/api/v1/employer/fairs/${v.eventId}/booths`, { enterpriseId: v.enterpriseId }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
}
