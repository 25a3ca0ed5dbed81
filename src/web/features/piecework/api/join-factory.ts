import { api } from '../../../lib/api-client';
import { useInvalidating } from './keys';

/** Joining carries her consent to share what the invite page showed her (name, masked phone). */
export function joinFactory(inviteCode: string) {
  return api.post('/api/v1/piecework/join', { inviteCode, consent: true });
}

export const useJoin = () => useInvalidating(joinFactory);
