import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobProfile } from '../../../lib/contracts';

export const jobProfileKey = ['jobs', 'profile'] as const;

export function getJobProfile(signal?: AbortSignal) {
  return api.get<JobProfile>('/api/v1/me/job-profile', { signal });
}

export function useJobProfile() {
  return useQuery({ queryKey: jobProfileKey, queryFn: ({ signal }) => getJobProfile(signal) });
}
