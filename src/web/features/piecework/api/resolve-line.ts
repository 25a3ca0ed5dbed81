import { api } from '../../../lib/api-client';
import { useInvalidating } from './keys';

/** The owner or an officer covering the factory answers a worker's dispute. */
export function resolveLine({ lineId, note }: { lineId: number; note: string }) {
  return api.post(`/api/v1/piecework/settlement-lines/${lineId}/resolve`, { resolutionNote: note });
}

export const useResolve = () => useInvalidating(resolveLine);
