import { api } from '../../../lib/api-client';
import type { BatchDetail } from './contracts';
import { useBatchMutation } from './keys';

export function excludeRecipient(id: number, itemId: number, exclusionReason: string) {
  return api.post<BatchDetail>(`/api/v1/benefits/batches/${id}/recipients/${itemId}/exclude`, { exclusionReason });
}

export const useExcludeRecipient = (id: number) =>
  useBatchMutation(id, ({ itemId, exclusionReason }: { itemId: number; exclusionReason: string }) =>
    excludeRecipient(id, itemId, exclusionReason),
  );
