import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Roster } from './contracts';
import { organisationKeys } from './keys';

/** POST /api/v1/rosters/:id/specialists: a member of staff serving the community joins its roster, with her duties. */
export function useAddSpecialist(areaId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: number; serviceDuties: string }) =>
      api.post<Roster>(`/api/v1/rosters/${areaId}/specialists`, input),
    onSuccess: (saved) => queryClient.setQueryData(organisationKeys.roster(areaId), saved),
  });
}
