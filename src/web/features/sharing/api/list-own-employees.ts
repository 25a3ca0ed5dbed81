import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingEmployeeList } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** GET /api/v1/employer/sharing/employees?enterpriseId= — whom the owner's own firm may lend. */
export function listOwnEmployees(enterpriseId: number, signal?: AbortSignal) {
  return api.get<SharingEmployeeList>('/api/v1/employer/sharing/employees', { signal, query: { enterpriseId } });
}

export function useOwnEmployees(enterpriseId: number | null) {
  return useQuery({
    queryKey: sharingKeys.ownEmployees(enterpriseId),
    enabled: enterpriseId !== null,
    queryFn: ({ signal }) => listOwnEmployees(enterpriseId!, signal),
  });
}
