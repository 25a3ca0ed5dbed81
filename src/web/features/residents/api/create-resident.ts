import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CreateResidentInput, ResidentDetail } from '../../../lib/contracts';
import { residentQueryKey } from './get-resident';
import { residentsQueryKey } from './list-residents';

export function createResident(input: CreateResidentInput) {
  return api.post<ResidentDetail>('/api/v1/residents', input);
}

export function useCreateResident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createResident,
    onSuccess: (resident) => {
      queryClient.setQueryData(residentQueryKey(resident.id), resident);
      void queryClient.invalidateQueries({ queryKey: [...residentsQueryKey, 'list'] });
    },
  });
}
