import { api } from '../../../lib/api-client';
import { useInvalidating } from './keys';

export function recordMyPresence(body: { factoryId: number; kind: string; clientKey: string }) {
  return api.post<{ state: string; minutesPresent: number }>('/api/v1/piecework/me/presence', body);
}

export const useMyPresence = () => useInvalidating(recordMyPresence);
