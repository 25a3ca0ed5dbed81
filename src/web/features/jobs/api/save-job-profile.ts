import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobProfile, JobProfileInput } from '../../../lib/contracts';
import { jobProfileKey } from './get-job-profile';

export function saveJobProfile(input: JobProfileInput) {
  return api.put<JobProfile>('/api/v1/me/job-profile', input);
}

export function useSaveJobProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveJobProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(jobProfileKey, profile);
      // Her matches depend on every field of the profile.
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'matches'] });
    },
  });
}
