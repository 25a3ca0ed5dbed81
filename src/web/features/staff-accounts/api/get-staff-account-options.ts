import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StaffAccountOptions } from '../../../lib/contracts';

/** The stations and institutions a station agent or a lender may belong to. */
export function getStaffAccountOptions(signal?: AbortSignal) {
  return api.get<StaffAccountOptions>('/api/v1/staff-accounts/options', { signal });
}

export function useStaffAccountOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['staff-accounts', 'options'],
    queryFn: ({ signal }) => getStaffAccountOptions(signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}
