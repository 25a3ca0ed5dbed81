import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingAgreement } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** GET /api/v1/employer/sharing/agreements — agreements either side of which is the user's firm. */
export function listOwnAgreements(signal?: AbortSignal) {
  return api.get<{ items: SharingAgreement[] }>('/api/v1/employer/sharing/agreements', { signal });
}

export function useOwnAgreements() {
  return useQuery({ queryKey: sharingKeys.ownAgreements, queryFn: ({ signal }) => listOwnAgreements(signal) });
}
