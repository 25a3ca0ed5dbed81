import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { JobProfile, JobProfileInput } from '../../../lib/contracts';

export function saveAssistedProfile(residentId: number, input: JobProfileInput) {
  return api.put<JobProfile>(`/api/v1/jobs/assisted/${residentId}/profile`, input);
}

export function useSaveAssistedProfile(residentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JobProfileInput) => saveAssistedProfile(residentId, input),
    onSuccess: (profile) => {
      queryClient.setQueryData(['jobs', 'assisted', residentId, 'profile'], profile);
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'assisted', residentId, 'matches'] });
    },
  });
}
