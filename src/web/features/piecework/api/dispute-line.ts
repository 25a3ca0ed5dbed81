import { api } from '../../../lib/api-client';
import { useInvalidating } from './keys';

export function disputeLine({ lineId, reason }: { lineId: number; reason: string }) {
  return api.post(`/api/v1/piecework/settlement-lines/${lineId}/dispute`, { disputeReason: reason });
}

export const useDispute = () => useInvalidating(disputeLine);
