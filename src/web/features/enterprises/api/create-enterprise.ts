import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CreateEnterpriseInput, Enterprise } from '../../../lib/contracts';
import { enterpriseQueryKey } from './get-enterprise';
import { enterprisesQueryKey } from './list-enterprises';

export function createEnterprise(input: CreateEnterpriseInput) {
  return api.post<Enterprise>('/api/v1/enterprises', input);
}

export function useCreateEnterprise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEnterprise,
    onSuccess: (enterprise) => {
      queryClient.setQueryData(enterpriseQueryKey(enterprise.id), enterprise);
      void queryClient.invalidateQueries({ queryKey: [...enterprisesQueryKey, 'list'] });
    },
  });
}
