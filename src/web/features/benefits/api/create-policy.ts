import { api } from '../../../lib/api-client';
import type { Policy, PolicyInput } from './contracts';
import { useSavePolicy } from './keys';

export function createPolicy(input: PolicyInput) {
  return api.post<Policy>('/api/v1/benefits/policies', input);
}

export const useCreatePolicy = () => useSavePolicy(createPolicy);
