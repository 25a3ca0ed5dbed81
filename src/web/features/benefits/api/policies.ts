import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page } from '../../../lib/contracts';
import type { Policy, PolicyInput, PolicyTarget, PolicyVersion, RuleNode } from './contracts';

export const policyKeys = {
  all: ['benefit-policies'] as const,
  list: (f: object) => ['benefit-policies', 'list', f] as const,
  detail: (id: number) => ['benefit-policies', 'detail', id] as const,
  versions: (id: number) => ['benefit-policies', 'versions', id] as const,
};

export function usePolicies(filters: { page: number; pageSize: number; status?: string }) {
  return useQuery({
    queryKey: policyKeys.list(filters),
    queryFn: ({ signal }) => api.get<Page<Policy>>('/api/v1/benefits/policies', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePolicy(id: number) {
  return useQuery({
    queryKey: policyKeys.detail(id),
    queryFn: ({ signal }) => api.get<Policy>(`/api/v1/benefits/policies/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function usePolicyVersions(id: number) {
  return useQuery({
    queryKey: policyKeys.versions(id),
    queryFn: ({ signal }) =>
      api.get<{ items: PolicyVersion[] }>(`/api/v1/benefits/policies/${id}/versions`, { signal }),
  });
}

function useSavePolicy<I>(save: (input: I) => Promise<Policy>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: (policy) => {
      qc.setQueryData(policyKeys.detail(policy.id), policy);
      void qc.invalidateQueries({ queryKey: policyKeys.all });
    },
  });
}

export const useCreatePolicy = () =>
  useSavePolicy((input: PolicyInput) => api.post<Policy>('/api/v1/benefits/policies', input));
export const useUpdatePolicy = (id: number) =>
  useSavePolicy((input: Partial<PolicyInput>) => api.patch<Policy>(`/api/v1/benefits/policies/${id}`, input));
export const usePublishPolicy = (id: number) =>
  useSavePolicy(() => api.post<Policy>(`/api/v1/benefits/policies/${id}/publish`));
export const useWithdrawPolicy = (id: number) =>
  useSavePolicy(() => api.post<Policy>(`/api/v1/benefits/policies/${id}/withdraw`));

export function usePreviewRule() {
  return useMutation({
    mutationFn: (input: { target: PolicyTarget; rule: RuleNode }) =>
      api.post<{ eligible: number; unknown: number; scope: string }>('/api/v1/benefits/rules/preview', input),
  });
}
