/** The second officer confirms a prepared batch (the maker never checks, ADR on maker ≠ checker). */
import { api } from '../../../lib/api-client';
import type { BatchDetail } from './contracts';
import { useBatchMutation } from './keys';

export function confirmBatch(id: number) {
  return api.post<BatchDetail>(`/api/v1/benefits/batches/${id}/confirm`);
}

export const useConfirmBatch = (id: number) => useBatchMutation(id, () => confirmBatch(id));
