import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface WatchEntry {
  id: number;
  enterpriseId: number;
  enterpriseName: string;
  kind: 'red' | 'black';
  reason: string;
  createdAt: string;
  createdBy: string;
}

export const watchlistKey = ['jobs', 'watchlist'] as const;

export function listWatchlist(signal?: AbortSignal) {
  return api.get<{ items: WatchEntry[] }>('/api/v1/jobs/watchlist', { signal });
}

export function useWatchlist() {
  return useQuery({ queryKey: watchlistKey, queryFn: ({ signal }) => listWatchlist(signal) });
}
