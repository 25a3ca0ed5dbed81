import { api } from '../../../lib/api-client';
import type { SettlementDetail } from '../../../lib/contracts';
import { useInvalidating } from './keys';

export function confirmSettlement(id: number) {
  return api.post<SettlementDetail>(`/api/v1/piecework/settlements/${id}/confirm`);
}

export const useConfirm = () => useInvalidating(confirmSettlement);
