import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MatchOrder } from '../../../lib/contracts';

export function setMatchOrder(order: MatchOrder) {
  return api.put<{ order: MatchOrder }>('/api/v1/me/match-order', { order });
}

/** Keeps her choice of order on the server, so it holds on every device. */
export function useSetMatchOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMatchOrder,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['jobs', 'matches'] }),
  });
}
