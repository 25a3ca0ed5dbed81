import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Roster } from './contracts';
import { organisationKeys } from './keys';

/** POST /api/v1/specialists/:id/residents: a resident of the community goes into this specialist's care. */
export function useAssignResident(areaId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { specialistId: number; residentId: number }) =>
      api.post<Roster>(`/api/v1/specialists/${v.specialistId}/residents`, { residentId: v.residentId }),
    onSuccess: (saved) => queryClient.setQueryData(organisationKeys.roster(areaId), saved),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: organisationKeys.inCare }),
  });
}
