import { api } from '../../../lib/api-client';
import type { SettlementDetail } from '../../../lib/contracts';
import { useInvalidating } from './keys';

export function paySettlement({
  id,
  payMethod,
  payReference,
}: {
  id: number;
  payMethod: string;
  payReference: string;
}) {
  return api.post<SettlementDetail>(`/api/v1/piecework/settlements/${id}/pay`, { payMethod, payReference });
}

export const usePay = () => useInvalidating(paySettlement);
