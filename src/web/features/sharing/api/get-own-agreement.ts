import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingAgreement } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** GET /api/v1/employer/sharing/agreements/:id */
export function getOwnAgreement(id: number, signal?: AbortSignal) {
  return api.get<SharingAgreement>(`/api/v1/employer/sharing/agreements/${id}`, { signal });
}

export function useOwnAgreement(id: number) {
  return useQuery({ queryKey: sharingKeys.ownAgreement(id), queryFn: ({ signal }) => getOwnAgreement(id, signal) });
}
