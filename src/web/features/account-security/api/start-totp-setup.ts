/**
 * Setting up two-factor sign-in (RFC 6238): the server makes a secret and keeps it pending
 * until a first code from the app proves it was stored (enable-totp.ts).
 */
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { TotpSetup } from '../../../lib/contracts';

export function startTotpSetup() {
  return api.post<TotpSetup>('/api/v1/me/totp/setup');
}

export function useStartTotpSetup() {
  return useMutation({ mutationFn: startTotpSetup });
}
