import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobProfile, JobProfileInput } from '../../../lib/contracts';

export const jobProfileKey = ['jobs', 'profile'] as const;

export function useJobProfile() {
  return useQuery({
    queryKey: jobProfileKey,
    queryFn: ({ signal }) => api.get<JobProfile>('/api/v1/me/job-profile', { signal }),
  });
}

export function useSaveJobProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JobProfileInput) => api.put<JobProfile>('/api/v1/me/job-profile', input),
    onSuccess: (profile) => {
      queryClient.setQueryData(jobProfileKey, profile);
      // Her matches depend on every field of the profile.
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'matches'] });
    },
  });
}
