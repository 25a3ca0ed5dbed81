import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

export function getUnreadCount(signal?: AbortSignal) {
  return api.get<{ unread: number }>('/api/v1/notifications/unread-count', { signal });
}

/** The badge on the bell: polled gently, so an arrears alert shows up without a reload. */
export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => getUnreadCount(signal),
    enabled,
    refetchInterval: 60_000,
    staleTime: 15_000,
  });
}
