import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page, Settlement } from '../../../lib/contracts';
import { keys } from './keys';

export function listFactorySettlements(id: number, signal?: AbortSignal) {
  return api.get<Page<Settlement>>(`/api/v1/piecework/factories/${id}/settlements`, {
    query: { pageSize: 30 },
    signal,
  });
}

export const useFactorySettlements = (id: number) =>
  useQuery({ queryKey: keys.settlements(id), queryFn: ({ signal }) => listFactorySettlements(id, signal) });
