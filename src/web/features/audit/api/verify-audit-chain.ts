import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AuditVerifyResult } from '../../../lib/contracts';

export function verifyAuditChain(signal?: AbortSignal) {
  return api.get<AuditVerifyResult>('/api/v1/audit-events/verify', { signal });
}

/** Walks the whole chain on the server, so it runs only when the auditor asks. */
export function useVerifyAuditChain() {
  return useQuery({
    queryKey: ['audit-events', 'verify'],
    queryFn: ({ signal }) => verifyAuditChain(signal),
    enabled: false,
    staleTime: 0,
    gcTime: 0,
  });
}
