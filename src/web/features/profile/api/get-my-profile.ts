import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../../lib/api-client';
import type { ResidentDetail } from '../../../lib/contracts';

export const myProfileQueryKey = ['me', 'profile'] as const;

/** `null` when the account has no resident record yet (e.g. an employer registered by phone only). */
export async function getMyProfile(signal?: AbortSignal): Promise<ResidentDetail | null> {
  try {
    return await api.get<ResidentDetail>('/api/v1/me/profile', { signal });
  } catch (error) {
    if (isApiError(error, 'NOT_FOUND')) return null;
    throw error;
  }
}

export function useMyProfile() {
  return useQuery({ queryKey: myProfileQueryKey, queryFn: ({ signal }) => getMyProfile(signal) });
}
