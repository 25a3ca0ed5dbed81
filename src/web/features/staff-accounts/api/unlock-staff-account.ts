/** The security administrator unlocks an account locked by failed sign-ins (三员分立, ADR 0013). */
import { api } from '../../../lib/api-client';
import type { StaffAccount } from '../../../lib/contracts';
import { useSaveRecordMutation } from '../../../lib/record-queries';
import { staffAccountKeys } from './list-staff-accounts';

export function unlockStaffAccount(id: number) {
  return api.post<StaffAccount>(`/api/v1/staff-accounts/${id}/unlock`);
}

export function useUnlockStaffAccount() {
  return useSaveRecordMutation(staffAccountKeys, unlockStaffAccount);
}
