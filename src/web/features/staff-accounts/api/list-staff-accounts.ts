import { api } from '../../../lib/api-client';
import type { Page, StaffAccount, StaffAccountRole } from '../../../lib/contracts';
import { recordQueryKeys, useListQuery } from '../../../lib/record-queries';

export interface StaffAccountFilters {
  q?: string;
  role?: StaffAccountRole;
  page: number;
  pageSize: number;
}

export const staffAccountKeys = recordQueryKeys('staff-accounts');

export function listStaffAccounts(filters: StaffAccountFilters, signal?: AbortSignal) {
  return api.get<Page<StaffAccount>>('/api/v1/staff-accounts', { query: { ...filters }, signal });
}

export function useStaffAccounts(filters: StaffAccountFilters) {
  return useListQuery(staffAccountKeys, filters, listStaffAccounts);
}
