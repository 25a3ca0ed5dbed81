import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ApplicationDetail } from './contracts';
import { applicationKeys } from './keys';

export function getApplication(id: number, signal?: AbortSignal) {
  return api.get<ApplicationDetail>(`/api/v1/benefits/applications/${id}`, { signal });
}

export function useApplication(id: number) {
  return useQuery({
    queryKey: applicationKeys.detail(id),
    queryFn: ({ signal }) => getApplication(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
