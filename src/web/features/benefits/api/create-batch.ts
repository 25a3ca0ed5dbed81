import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { applicationKeys, automaticKeys, batchKeys } from './keys';

export type BatchInput = { kind: 'applications'; applicationIds: number[] } | { kind: 'automatic'; policyId: number };

export function createBatch(input: BatchInput) {
  return api.post<{ id: number }>('/api/v1/benefits/batches', input);
}

export function useCreateBatch() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createBatch,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: batchKeys.all });
      void qc.invalidateQueries({ queryKey: applicationKeys.all });
      void qc.invalidateQueries({ queryKey: automaticKeys.all });
    },
  });
}
