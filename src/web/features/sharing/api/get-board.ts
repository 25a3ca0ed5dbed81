import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingBoard } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** GET /api/v1/sharing/board — the street's posts, agreements, pay flags and figures. */
export function getBoard(signal?: AbortSignal) {
  return api.get<SharingBoard>('/api/v1/sharing/board', { signal });
}

export function useSharingBoard() {
  return useQuery({ queryKey: sharingKeys.board, queryFn: ({ signal }) => getBoard(signal) });
}
