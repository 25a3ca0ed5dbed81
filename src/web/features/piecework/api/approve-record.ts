/** The owner approves a worker's self-reported pieces. */
import { api } from '../../../lib/api-client';
import { useInvalidating } from './keys';

export function approveRecord(id: number) {
  return api.post(`/api/v1/piecework/records/${id}/approve`);
}

export const useApproveRecord = () => useInvalidating(approveRecord);
