import { api } from '../../../lib/api-client';
import { useInvalidating } from './keys';

export function acknowledgeLine(lineId: number) {
  return api.post(`/api/v1/piecework/settlement-lines/${lineId}/acknowledge`);
}

export const useAcknowledge = () => useInvalidating(acknowledgeLine);
