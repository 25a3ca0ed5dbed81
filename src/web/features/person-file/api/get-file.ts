import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { EnterpriseFile, ResidentFile } from '../../../lib/contracts';
import { isRecordId } from '../../../lib/record-queries';

/** Each opening is a visit the server audits, so the file is read afresh and not retried on refusal. */
export function useResidentFile(id: number) {
  return useQuery({
    queryKey: ['residents', 'file', id],
    queryFn: ({ signal }) => api.get<ResidentFile>(`/api/v1/residents/${id}/file`, { signal }),
    enabled: isRecordId(id),
    retry: false,
    staleTime: 0,
  });
}

export function useEnterpriseFile(id: number) {
  return useQuery({
    queryKey: ['enterprises', 'file', id],
    queryFn: ({ signal }) => api.get<EnterpriseFile>(`/api/v1/enterprises/${id}/file`, { signal }),
    enabled: isRecordId(id),
    retry: false,
    staleTime: 0,
  });
}
