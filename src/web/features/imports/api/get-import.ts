import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ImportJob } from '../../../lib/contracts';

/** GET /api/v1/imports/:id: the job's progress, polled every second until it has finished. */
export function useImportJob(id: number | null) {
  return useQuery({
    queryKey: ['imports', id],
    queryFn: ({ signal }) => api.get<ImportJob>(`/api/v1/imports/${id}`, { signal }),
    enabled: id !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'checking' || status === 'importing' || status === undefined ? 1000 : false;
    },
  });
}
