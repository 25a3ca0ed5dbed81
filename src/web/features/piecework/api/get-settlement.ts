import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SettlementDetail } from '../../../lib/contracts';
import { keys } from './keys';

export function getSettlement(id: number, signal?: AbortSignal) {
  return api.get<SettlementDetail>(`/api/v1/piecework/settlements/${id}`, { signal });
}

export const useSettlement = (id: number | null) =>
  useQuery({
    queryKey: keys.settlement(id ?? 0),
    queryFn: ({ signal }) => getSettlement(id!, signal),
    enabled: id !== null,
  });
