import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Consent } from '../../../lib/contracts';

export const myConsentsQueryKey = ['me', 'consents'] as const;

export interface ConsentList {
  items: Consent[];
}

/** Every consent the resident has given, newest first, withdrawn ones included. */
export function getMyConsents(signal?: AbortSignal) {
  return api.get<ConsentList>('/api/v1/me/consents', { signal });
}

export function useMyConsents() {
  return useQuery({ queryKey: myConsentsQueryKey, queryFn: ({ signal }) => getMyConsents(signal) });
}
