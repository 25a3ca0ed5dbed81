/** An officer applies on a resident's behalf (代办), with the consent she gave on paper or before a witness. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';

export interface AssistedApplicationInput {
  postId: number;
  fields: Application['sharedFields'];
  consentMethod: 'paper' | 'verbal_witnessed';
  witness?: string;
}

export function applyForResident(residentId: number, input: AssistedApplicationInput) {
  return api.post<Application>(`/api/v1/jobs/assisted/${residentId}/applications`, input);
}

export function useAssistedApply(residentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssistedApplicationInput) => applyForResident(residentId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['jobs', 'assisted', residentId] }),
  });
}
