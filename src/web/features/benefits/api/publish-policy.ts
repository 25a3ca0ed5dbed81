import { api } from '../../../lib/api-client';
import type { Policy } from './contracts';
import { useSavePolicy } from './keys';

export function publishPolicy(id: number) {
  return api.post<Policy>(`/api/v1/benefits/policies/${id}/publish`);
}

export const usePublishPolicy = (id: number) => useSavePolicy(() => publishPolicy(id));
