import { api } from '../../../lib/api-client';
import type { Policy, PolicyInput } from './contracts';
import { useSavePolicy } from './keys';

export function updatePolicy(id: number, input: Partial<PolicyInput>) {
  return api.patch<Policy>(`/api/v1/benefits/policies/${id}`, input);
}

export const useUpdatePolicy = (id: number) => useSavePolicy((input: Partial<PolicyInput>) => updatePolicy(id, input));
