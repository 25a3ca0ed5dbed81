import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ResidentFile } from '../../../lib/contracts';
import { isRecordId } from '../../../lib/record-queries';

export function getResidentFile(id: number, signal?: AbortSignal) {
  return api.get<ResidentFile>(`/api/v1/residents/${id}/file`, { signal });
}

/** Each opening is a visit the server audits, so the file is read afresh and not retried on refusal. */
export function useResidentFile(id: number) {
  return useQuery({
    queryKey: ['residents', 'file', id],
    queryFn: ({ signal }) => getResidentFile(id, signal),
    enabled: isRecordId(id),
    retry: false,
    staleTime: 0,
  });
}
