import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MyWork } from '../../../lib/contracts';
import { keys } from './keys';

export type { MyWork };

export function getMyWork(signal?: AbortSignal) {
  return api.get<MyWork>('/api/v1/piecework/me', { signal });
}

export const useMyWork = () => useQuery({ queryKey: keys.me, queryFn: ({ signal }) => getMyWork(signal) });
