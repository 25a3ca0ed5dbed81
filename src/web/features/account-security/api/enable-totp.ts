/** The first code from the authenticator app: it proves the pending secret was stored, and turns it on. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';
import type { Me } from '../../../lib/contracts';

export function enableTotp(code: string) {
  return api.post<{ user: Me }>('/api/v1/me/totp/enable', { code });
}

export function useEnableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableTotp,
    onSuccess: ({ user }) => {
      queryClient.setQueryData(meQueryKey, user);
      // Whatever was refused while set-up was required may be asked again now.
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    },
  });
}
