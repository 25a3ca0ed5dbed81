import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { OwnedFactory } from '../../../lib/contracts';
import { keys } from './keys';

export function getMyFactory(id: number, signal?: AbortSignal) {
  return api.get<OwnedFactory>(`/api/v1/piecework/my-factories/${id}`, { signal });
}

export const useMyFactory = (id: number) =>
  useQuery({ queryKey: keys.myFactory(id), queryFn: ({ signal }) => getMyFactory(id, signal) });
