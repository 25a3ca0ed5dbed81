import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Enterprise, UpdateEnterpriseInput } from '../../../lib/contracts';
import { enterpriseQueryKey } from './get-enterprise';
import { enterprisesQueryKey } from './list-enterprises';

export function updateEnterprise(id: number, input: UpdateEnterpriseInput) {
  return api.patch<Enterprise>(`/api/v1/enterprises/${id}`, input);
}

export function useUpdateEnterprise(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateEnterpriseInput) => updateEnterprise(id, input),
    onSuccess: (enterprise) => {
      queryClient.setQueryData(enterpriseQueryKey(enterprise.id), enterprise);
      void queryClient.invalidateQueries({ queryKey: [...enterprisesQueryKey, 'list'] });
    },
  });
}
