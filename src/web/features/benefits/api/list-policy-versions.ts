import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { PolicyVersion } from './contracts';
import { policyKeys } from './keys';

export function listPolicyVersions(id: number, signal?: AbortSignal) {
  return api.get<{ items: PolicyVersion[] }>(`/api/v1/benefits/policies/${id}/versions`, { signal });
}

export function usePolicyVersions(id: number) {
  return useQuery({ queryKey: policyKeys.versions(id), queryFn: ({ signal }) => listPolicyVersions(id, signal) });
}
