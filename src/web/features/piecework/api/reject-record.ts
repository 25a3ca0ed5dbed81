/** The owner rejects a worker's self-reported pieces. */
import { api } from '../../../lib/api-client';
import { useInvalidating } from './keys';

export function rejectRecord(id: number) {
  return api.post(`/api/v1/piecework/records/${id}/reject`);
}

export const useRejectRecord = () => useInvalidating(rejectRecord);
