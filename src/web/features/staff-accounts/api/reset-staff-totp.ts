/** The security administrator resets an account's authenticator, so its owner enrols again (三员分立, ADR 0013). */
import { api } from '../../../lib/api-client';
import type { StaffAccount } from '../../../lib/contracts';
import { useSaveRecordMutation } from '../../../lib/record-queries';
import { staffAccountKeys } from './list-staff-accounts';

export function resetStaffTotp(id: number) {
  return api.post<StaffAccount>(`/api/v1/staff-accounts/${id}/totp-reset`);
}

export function useResetStaffTotp() {
  return useSaveRecordMutation(staffAccountKeys, resetStaffTotp);
}
