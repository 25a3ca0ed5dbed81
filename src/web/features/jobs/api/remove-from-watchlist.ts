import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { watchlistKey, type WatchEntry } from './list-watchlist';

export function removeFromWatchlist(id: number) {
  return api.post<{ items: WatchEntry[] }>(`/api/v1/jobs/watchlist/${id}/remove`);
}

/** The answer is the whole list as it now is. */
export function useRemoveFromWatchlist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeFromWatchlist,
    onSuccess: (list) => queryClient.setQueryData(watchlistKey, list),
  });
}
