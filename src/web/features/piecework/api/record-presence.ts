import { api } from '../../../lib/api-client';
import { useInvalidating } from './keys';

/** The owner checks a worker in or out. */
export function recordPresence(factoryId: number, body: { workerId: number; kind: string; clientKey: string }) {
  return api.post(`/api/v1/piecework/factories/${factoryId}/presence`, body);
}

export const useOwnerPresence = (factoryId: number) =>
  useInvalidating((body: { workerId: number; kind: string; clientKey: string }) => recordPresence(factoryId, body));
