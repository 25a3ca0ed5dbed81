import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { forgetSession } from '../../../lib/auth';

/** Ends sign-in for good; the server destroys the session along with the account's consents and links. */
export function closeMyAccount() {
  return api.post<void>('/api/v1/me/close', { confirm: true });
}

export function useCloseMyAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeMyAccount,
    onSuccess: () => forgetSession(queryClient),
  });
}
