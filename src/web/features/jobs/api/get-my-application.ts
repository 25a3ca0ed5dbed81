import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';

export function getMyApplication(id: number, signal?: AbortSignal) {
  return api.get<Application>(`/api/v1/me/applications/${id}`, { signal });
}

export function useMyApplication(id: number) {
  return useQuery({ queryKey: ['jobs', 'application', id], queryFn: ({ signal }) => getMyApplication(id, signal) });
}
