import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { forgetSession, meQueryKey, settlePreferencesAfterSignIn } from '../../../lib/auth';
import type { Me } from '../../../lib/contracts';

export type LoginInput =
  | { phone: string; code: string }
  /** `totp`: the authenticator code, once the server has asked for it (TOTP_REQUIRED). */
  | { username: string; password: string; totp?: string };

interface LoginResult {
  user: Me;
  csrfToken: string;
}

export function login(input: LoginInput) {
  return api.post<LoginResult>('/api/v1/auth/login', input);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput) => {
      const { user } = await login(input);
      return settlePreferencesAfterSignIn(user);
    },
    onSuccess: (user) => {
      forgetSession(queryClient);
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
