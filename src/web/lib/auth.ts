/**
 * Who is signed in, shared by both shells and every feature. `null` means
 * signed out; the query never errors on 401 so guards can simply redirect.
 */
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, isApiError } from './api-client';
import type { Locale, Me } from './contracts';
import { setElderMode, setLocale } from './preferences';

export const meQueryKey = ['me'] as const;

interface MeResponse {
  user: Me;
  csrfToken: string;
}

/** On a restored session the account's preferences win: they were synced when last changed. */
function adoptPreferences(user: Me) {
  setLocale(user.locale);
  setElderMode(user.elderMode);
}

export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const { user } = await api.get<MeResponse>('/api/v1/me', { signal });
    adoptPreferences(user);
    return user;
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED', 'SESSION_EXPIRED')) return null;
    throw error;
  }
}

export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: ({ signal }) => getMe(signal),
  staleTime: 5 * 60_000,
  retry: false,
});

export function useMe() {
  return useQuery(meQuery);
}

/** Everything cached belonged to the previous person. */
/**
 * Whether the signed-in staff member works a station's desk or door (check-in by code, service
 * records, attendance): station agents and the street's officers.
 */
export function useWorksAtDesk(): boolean {
  const role = useMe().data?.role;
  return role === 'station_agent' || role === 'street_officer';
}

/** Whether the signed-in staff member calls back low ratings and closes their follow-ups: station agents and community officers. */
export function useKeepsFollowUps(): boolean {
  const role = useMe().data?.role;
  return role === 'station_agent' || role === 'community_officer';
}

export function forgetSession(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/v1/auth/logout'),
    onSettled: () => forgetSession(queryClient),
  });
}

interface PreferencesInput {
  locale?: Locale;
  elderMode?: boolean;
}

export function updatePreferences(input: PreferencesInput) {
  return api.patch<{ user: Me }>('/api/v1/me/preferences', input);
}

/** Choices made while signed out, waiting to be carried into the account at sign-in. */
let choicesBeforeSignIn: PreferencesInput = {};

/**
 * Apply a preference on this device at once, then mirror it to the account
 * when someone is signed in. A failed mirror is not worth interrupting the
 * person: the device keeps the choice and the next change retries.
 */
export function useSetPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: PreferencesInput) => {
      if (input.locale) setLocale(input.locale);
      if (input.elderMode !== undefined) setElderMode(input.elderMode);
      const me = queryClient.getQueryData<Me | null>(meQueryKey);
      if (!me) {
        choicesBeforeSignIn = { ...choicesBeforeSignIn, ...input };
        return null;
      }
      const { user } = await updatePreferences(input);
      return user;
    },
    onSuccess: (user, input) => {
      if (!user) return;
      queryClient.setQueryData(meQueryKey, user);
      // What the server writes in the account's language (notices, match reasons) is fetched again in the new one.
      if (input.locale) void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
    },
  });
}

/**
 * After a fresh sign-in, what the person chose on the sign-in screen is
 * carried into the account; everything else comes from the account. Values
 * merely remembered by the device are not pushed, so a shared phone does not
 * copy one person's settings onto the next.
 */
export async function settlePreferencesAfterSignIn(user: Me): Promise<Me> {
  const changes: PreferencesInput = {};
  if (choicesBeforeSignIn.locale && choicesBeforeSignIn.locale !== user.locale) {
    changes.locale = choicesBeforeSignIn.locale;
  }
  if (choicesBeforeSignIn.elderMode !== undefined && choicesBeforeSignIn.elderMode !== user.elderMode) {
    changes.elderMode = choicesBeforeSignIn.elderMode;
  }
  choicesBeforeSignIn = {};
  const merged = { ...user, ...changes };
  adoptPreferences(merged);
  if (Object.keys(changes).length === 0) return user;
  try {
    return (await updatePreferences(changes)).user;
  } catch {
    return merged;
  }
}
