import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LoanDetail } from './contracts';
import { loanKeys } from './keys';

/** PUT /api/v1/loans/:id/jobs-created: the station records the jobs the loan actually created. */
export function useRecordJobsCreated(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (jobsCreated: number) =>
      api.put<LoanDetail>(`/api/v1/loans/${id}/jobs-created`, { clientKey: crypto.randomUUID(), jobsCreated }),
    onSuccess: (detail) => qc.setQueryData(loanKeys.detail(detail.id), detail),
  });
}
