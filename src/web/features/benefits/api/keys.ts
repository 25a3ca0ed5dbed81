/**
 * The benefits feature's query keys and the cache updates its endpoint files share: a saved
 * policy, application or batch replaces its record and refreshes the lists it appears in.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail, BatchDetail, Policy } from './contracts';

export const policyKeys = {
  all: ['benefit-policies'] as const,
  list: (f: object) => ['benefit-policies', 'list', f] as const,
  detail: (id: number) => ['benefit-policies', 'detail', id] as const,
  versions: (id: number) => ['benefit-policies', 'versions', id] as const,
};

export const applicationKeys = {
  all: ['benefit-applications'] as const,
  list: (f: object) => ['benefit-applications', 'list', f] as const,
  detail: (id: number) => ['benefit-applications', 'detail', id] as const,
  forMe: ['benefits-for-me'] as const,
};

export const campaignKeys = { all: ['benefit-campaigns'] as const, detail: (id: number) => ['benefit-campaigns', id] };
export const batchKeys = { all: ['benefit-batches'] as const, detail: (id: number) => ['benefit-batches', id] };
export const taskKeys = { all: ['benefit-tasks'] as const };
export const automaticKeys = { all: ['benefit-automatic'] as const };

export function useSavePolicy<I>(save: (input: I) => Promise<Policy>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: (policy) => {
      qc.setQueryData(policyKeys.detail(policy.id), policy);
      void qc.invalidateQueries({ queryKey: policyKeys.all });
    },
  });
}

export function useApplicationMutation<I>(run: (input: I) => Promise<ApplicationDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (detail) => {
      qc.setQueryData(applicationKeys.detail(detail.id), detail);
      void qc.invalidateQueries({ queryKey: applicationKeys.all });
      void qc.invalidateQueries({ queryKey: applicationKeys.forMe });
    },
  });
}

export function useBatchMutation<I>(id: number, run: (input: I) => Promise<BatchDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (detail) => {
      qc.setQueryData(batchKeys.detail(id), detail);
      void qc.invalidateQueries({ queryKey: batchKeys.all, exact: true });
      void qc.invalidateQueries({ queryKey: automaticKeys.all });
    },
  });
}
