import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LoanDetail } from './contracts';
import { loanKeys } from './keys';

/** GET /api/v1/loans/:id: the tracker — every stage, who holds it, days against target, what is missing. */
export function useLoan(id: number) {
  return useQuery({
    queryKey: loanKeys.detail(id),
    queryFn: ({ signal }) => api.get<LoanDetail>(`/api/v1/loans/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}
