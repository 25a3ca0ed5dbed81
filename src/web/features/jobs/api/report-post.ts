import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function reportPost(id: number, input: { reason: string; detail?: string }) {
  return api.post<{ ok: true }>(`/api/v1/jobs/posts/${id}/reports`, input);
}

export function useReportPost(id: number) {
  return useMutation({ mutationFn: (input: { reason: string; detail?: string }) => reportPost(id, input) });
}
