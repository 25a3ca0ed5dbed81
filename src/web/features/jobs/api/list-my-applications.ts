import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';

export function listMyApplications(signal?: AbortSignal) {
  return api.get<{ items: Application[] }>('/api/v1/me/applications', { signal });
}

export function useMyApplications() {
  return useQuery({ queryKey: ['jobs', 'applications'], queryFn: ({ signal }) => listMyApplications(signal) });
}
