import { api } from '../../../lib/api-client';
import type { Policy } from './contracts';
import { useSavePolicy } from './keys';

export function withdrawPolicy(id: number) {
  return api.post<Policy>(`/api/v1/benefits/policies/${id}/withdraw`);
}

export const useWithdrawPolicy = (id: number) => useSavePolicy(() => withdrawPolicy(id));
