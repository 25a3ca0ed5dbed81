import { api } from '../../../lib/api-client';
import type { Factory } from '../../../lib/contracts';
import { useInvalidating } from './keys';

/** A micro-factory is verified by the street. */
export function verifyFactory({ id, verified }: { id: number; verified: boolean }) {
  return api.post<Factory>(`/api/v1/piecework/factories/${id}/verify`, { verified });
}

export const useVerifyFactory = () => useInvalidating(verifyFactory);
