/**
 * Setting up two-factor sign-in (RFC 6238): the server makes a secret and
 * keeps it pending until a first code from the app proves it was stored.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';
import type { Me, TotpSetup } from '../../../lib/contracts';

export function useStartTotpSetup() {
  return useMutation({ mutationFn: () => api.post<TotpSetup>('/api/v1/me/totp/setup') });
}

export function useEnableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<{ user: Me }>('/api/v1/me/totp/enable', { code }),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(meQueryKey, user);
      // Whatever was refused while set-up was required may be asked again now.
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    },
  });
}
