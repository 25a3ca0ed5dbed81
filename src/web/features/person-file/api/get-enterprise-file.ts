import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { EnterpriseFile } from '../../../lib/contracts';
import { isRecordId } from '../../../lib/record-queries';

export function getEnterpriseFile(id: number, signal?: AbortSignal) {
  return api.get<EnterpriseFile>(`/api/v1/enterprises/${id}/file`, { signal });
}

/** Each opening is a visit the server audits, so the file is read afresh and not retried on refusal. */
export function useEnterpriseFile(id: number) {
  return useQuery({
    queryKey: ['enterprises', 'file', id],
    queryFn: ({ signal }) => getEnterpriseFile(id, signal),
    enabled: isRecordId(id),
    retry: false,
    staleTime: 0,
  });
}
