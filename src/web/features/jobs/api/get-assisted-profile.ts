import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobProfile } from '../../../lib/contracts';

export function getAssistedProfile(residentId: number, signal?: AbortSignal) {
  return api.get<JobProfile>(`/api/v1/jobs/assisted/${residentId}/profile`, { signal });
}

export function useAssistedProfile(residentId: number) {
  return useQuery({
    queryKey: ['jobs', 'assisted', residentId, 'profile'],
    queryFn: ({ signal }) => getAssistedProfile(residentId, signal),
  });
}
