import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';

export function listAssistedApplications(residentId: number, signal?: AbortSignal) {
  return api.get<{ items: Application[] }>(`/api/v1/jobs/assisted/${residentId}/applications`, { signal });
}

export function useAssistedApplications(residentId: number) {
  return useQuery({
    queryKey: ['jobs', 'assisted', residentId, 'applications'],
    queryFn: ({ signal }) => listAssistedApplications(residentId, signal),
  });
}
