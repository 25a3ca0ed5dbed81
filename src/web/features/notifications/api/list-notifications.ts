import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Notification } from '../../../lib/contracts';
import { notificationKeys } from './keys';

export interface NotificationPage {
  items: Notification[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

export interface NotificationFilters {
  page: number;
  pageSize: number;
  unread?: boolean;
}

export function listNotifications(filters: NotificationFilters, signal?: AbortSignal) {
  return api.get<NotificationPage>('/api/v1/notifications', {
    query: { page: filters.page, pageSize: filters.pageSize, ...(filters.unread ? { unread: 'true' } : {}) },
    signal,
  });
}

export function useNotifications(filters: NotificationFilters) {
  return useQuery({
    queryKey: notificationKeys.list(filters),
    queryFn: ({ signal }) => listNotifications(filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
