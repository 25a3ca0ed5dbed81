/** Finding the resident an officer serves (代办), from the resident registry. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page, ResidentListItem } from '../../../lib/contracts';

export function searchResidents(q: string, signal?: AbortSignal) {
  return api.get<Page<ResidentListItem>>('/api/v1/residents', { signal, query: { q, pageSize: 10 } });
}

export function useResidentSearch(q: string) {
  return useQuery({
    queryKey: ['jobs', 'assisted-search', q],
    enabled: q.trim().length > 0,
    queryFn: ({ signal }) => searchResidents(q, signal),
  });
}
