import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';

export function sendMessage(id: number, body: string) {
  return api.post<Application>(`/api/v1/jobs/applications/${id}/messages`, { body });
}

/** Either side writes in the thread; the server knows which side the writer is on. */
export function useSendMessage(id: number, employer = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => sendMessage(id, body),
    onSuccess: (application) =>
      queryClient.setQueryData(['jobs', employer ? 'employer-application' : 'application', id], application),
  });
}
