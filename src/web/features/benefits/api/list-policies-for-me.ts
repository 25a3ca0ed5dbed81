import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { PolicyForMe } from './contracts';
import { applicationKeys } from './keys';

export function listPoliciesForMe(signal?: AbortSignal) {
  return api.get<{ items: PolicyForMe[] }>('/api/v1/benefits/for-me', { signal });
}

export function usePoliciesForMe() {
  return useQuery({ queryKey: applicationKeys.forMe, queryFn: ({ signal }) => listPoliciesForMe(signal) });
}
