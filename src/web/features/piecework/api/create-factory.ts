import { api } from '../../../lib/api-client';
import type { OwnedFactory } from '../../../lib/contracts';
import { useInvalidating } from './keys';

export interface FactoryInput {
  enterpriseId: number;
  name: string;
  industry: string;
  workstations: number;
  openingHours: string;
}

export function createFactory(body: FactoryInput) {
  return api.post<OwnedFactory>('/api/v1/piecework/factories', body);
}

export const useCreateFactory = () => useInvalidating(createFactory);
