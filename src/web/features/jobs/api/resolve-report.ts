import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function resolveReport(a: { id: number; uphold: boolean; note: string }) {
  return api.post<{ ok: true }>(`/api/v1/jobs/reports/${a.id}/resolve`, { uphold: a.uphold, note: a.note });
}

export function useResolveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveReport,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['jobs', 'reports'] }),
  });
}
