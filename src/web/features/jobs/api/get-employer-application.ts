import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';

export function getEmployerApplication(id: number, signal?: AbortSignal) {
  return api.get<Application>(`/api/v1/employer/applications/${id}`, { signal });
}

export function useEmployerApplication(id: number) {
  return useQuery({
    queryKey: ['jobs', 'employer-application', id],
    queryFn: ({ signal }) => getEmployerApplication(id, signal),
  });
}
