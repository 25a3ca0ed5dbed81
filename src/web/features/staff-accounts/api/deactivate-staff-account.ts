/** The system administrator deactivates an account (三员分立, ADR 0013); its sessions end at once. */
import { api } from '../../../lib/api-client';
import type { StaffAccount } from '../../../lib/contracts';
import { useSaveRecordMutation } from '../../../lib/record-queries';
import { staffAccountKeys } from './list-staff-accounts';

export function deactivateStaffAccount(id: number) {
  return api.post<StaffAccount>(`/api/v1/staff-accounts/${id}/deactivate`);
}

export function useDeactivateStaffAccount() {
  return useSaveRecordMutation(staffAccountKeys, deactivateStaffAccount);
}
