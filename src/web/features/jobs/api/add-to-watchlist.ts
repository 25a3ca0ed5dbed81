import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { watchlistKey, type WatchEntry } from './list-watchlist';

export function addToWatchlist(input: { enterpriseId: number; kind: 'red' | 'black'; reason: string }) {
  return api.post<{ items: WatchEntry[] }>('/api/v1/jobs/watchlist', input);
}

/** The answer is the whole list as it now is. */
export function useAddToWatchlist() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addToWatchlist, onSuccess: (list) => queryClient.setQueryData(watchlistKey, list) });
}
