/** Enterprises to pick from by name (the watch list's form), from the enterprise registry. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page } from '../../../lib/contracts';

export function listEnterpriseOptions(q: string, signal?: AbortSignal) {
  return api.get<Page<{ id: number; name: string }>>('/api/v1/enterprises', {
    signal,
    query: { q: q || undefined, pageSize: 20 },
  });
}

export function useEnterpriseOptions(q: string) {
  return useQuery({
    queryKey: ['jobs', 'enterprise-options', q],
    queryFn: ({ signal }) => listEnterpriseOptions(q, signal),
  });
}
