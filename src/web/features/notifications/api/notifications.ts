import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Notification } from '../../../lib/contracts';

export interface NotificationPage {
  items: Notification[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

const key = ['notifications'] as const;

export function useNotifications(filters: { page: number; pageSize: number; unread?: boolean }) {
  return useQuery({
    queryKey: [...key, 'list', filters],
    queryFn: ({ signal }) =>
      api.get<NotificationPage>('/api/v1/notifications', {
        query: { page: filters.page, pageSize: filters.pageSize, ...(filters.unread ? { unread: 'true' } : {}) },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** The badge on the bell: polled gently, so an arrears alert shows up without a reload. */
export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: [...key, 'unread'],
    queryFn: ({ signal }) => api.get<{ unread: number }>('/api/v1/notifications/unread-count', { signal }),
    enabled,
    refetchInterval: 60_000,
    staleTime: 15_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<{ unread: number }>(`/api/v1/notifications/${id}/read`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ unread: number }>('/api/v1/notifications/read-all'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
}
