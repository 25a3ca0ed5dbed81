import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingAgreement, SharingAgreementDraft, SharingEmployeeList } from '../../../lib/contracts';

/** GET /api/v1/sharing/employees?enterpriseId= — whom a firm in the street may lend (its employment records). */
export function useFirmEmployees(enterpriseId: number | null) {
  return useQuery({
    queryKey: ['sharing', 'employees', enterpriseId],
    enabled: enterpriseId !== null,
    queryFn: ({ signal }) =>
      api.get<SharingEmployeeList>('/api/v1/sharing/employees', { signal, query: { enterpriseId: enterpriseId! } }),
  });
}

/** POST /api/v1/sharing/agreements — the street brokers an agreement between two firms. */
export function useBrokerAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SharingAgreementDraft) => api.post<SharingAgreement>('/api/v1/sharing/agreements', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['sharing', 'board'] }),
  });
}
