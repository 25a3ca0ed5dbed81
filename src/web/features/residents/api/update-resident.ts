import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ResidentDetail, UpdateResidentInput } from '../../../lib/contracts';
import { residentQueryKey } from './get-resident';
import { residentsQueryKey } from './list-residents';

export function updateResident(id: number, input: UpdateResidentInput) {
  return api.patch<ResidentDetail>(`/api/v1/residents/${id}`, input);
}

export function useUpdateResident(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateResidentInput) => updateResident(id, input),
    onSuccess: (resident) => {
      queryClient.setQueryData(residentQueryKey(resident.id), resident);
      void queryClient.invalidateQueries({ queryKey: [...residentsQueryKey, 'list'] });
    },
  });
}
