/** The owner's day grid sends its queued records in batches (kept offline until sent, use-offline-queue.ts). */
import { api } from '../../../lib/api-client';

export interface QueuedRecord {
  clientKey: string;
  workerId?: number;
  productId?: number;
  workDate?: string;
  quantity?: number;
  reversesId?: number;
}

export const postBatch = (factoryId: number, records: QueuedRecord[]) =>
  api.post<{ accepted: number; duplicates: number; adjustments: number }>(
    `/api/v1/piecework/factories/${factoryId}/records/batch`,
    { records },
  );
