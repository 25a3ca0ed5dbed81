import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AuditEvent, Page } from '../../../lib/contracts';

export interface AuditFilters {
  action?: string;
  /** Part of the name or username of who acted. */
  actor?: string;
  targetType?: string;
  targetId?: string;
  /** ISO datetimes with offset. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function listAuditEvents(filters: AuditFilters, signal?: AbortSignal) {
  return api.get<Page<AuditEvent>>('/api/v1/audit-events', { query: { ...filters }, signal });
}

export function useAuditEvents(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit-events', 'list', filters],
    queryFn: ({ signal }) => listAuditEvents(filters, signal),
    placeholderData: keepPreviousData,
    // An audit log is read to find out what just happened: never show a stale page.
    staleTime: 0,
  });
}
