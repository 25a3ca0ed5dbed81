import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RevealField, RevealResult } from '../../../lib/contracts';

/** Unmasking is audited even for one's own data, so it is a deliberate request rather than part of the profile. */
export function revealMyProfile(fields: RevealField[]) {
  return api.post<RevealResult>('/api/v1/me/profile/reveal', { fields });
}

export function useRevealMyProfile() {
  return useMutation({ mutationFn: revealMyProfile });
}
