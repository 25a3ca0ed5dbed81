import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SharingEmployeeList } from '../../../lib/contracts';
import { sharingKeys } from './keys';

/** GET /api/v1/sharing/employees?enterpriseId= — whom a firm in the street may lend (its employment records). */
export function listFirmEmployees(enterpriseId: number, signal?: AbortSignal) {
  return api.get<SharingEmployeeList>('/api/v1/sharing/employees', { signal, query: { enterpriseId } });
}

export function useFirmEmployees(enterpriseId: number | null) {
  return useQuery({
    queryKey: sharingKeys.employees(enterpriseId),
    enabled: enterpriseId !== null,
    queryFn: ({ signal }) => listFirmEmployees(enterpriseId!, signal),
  });
}
