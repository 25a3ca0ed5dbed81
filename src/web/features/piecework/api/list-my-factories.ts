import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { OwnedFactory } from '../../../lib/contracts';
import { keys } from './keys';

export type { OwnedFactory };

export function listMyFactories(signal?: AbortSignal) {
  return api.get<OwnedFactory[]>('/api/v1/piecework/my-factories', { signal });
}

export const useMyFactories = () => useQuery({ queryKey: keys.mine, queryFn: ({ signal }) => listMyFactories(signal) });
