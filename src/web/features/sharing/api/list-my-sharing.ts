import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MySharing } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** GET /api/v1/me/sharing — the agreements the resident is listed on, with her answer. */
export function listMySharing(signal?: AbortSignal) {
  return api.get<MySharing>('/api/v1/me/sharing', { signal });
}

export function useMySharing() {
  return useQuery({ queryKey: sharingKeys.mine, queryFn: ({ signal }) => listMySharing(signal) });
}
