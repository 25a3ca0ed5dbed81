import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { automaticKeys } from './keys';

export function getAutomaticPreview(policyId: number, signal?: AbortSignal) {
  return api.get<{ count: number; totalFen: number }>(`/api/v1/benefits/policies/${policyId}/automatic-preview`, {
    signal,
  });
}

export function useAutomaticPreview(policyId: number | null) {
  return useQuery({
    queryKey: [...automaticKeys.all, policyId],
    queryFn: ({ signal }) => getAutomaticPreview(policyId!, signal),
    enabled: policyId !== null,
  });
}
