/** The system administrator sets a new password (三员分立, ADR 0013). */
import { api } from '../../../lib/api-client';
import type { StaffAccount } from '../../../lib/contracts';
import { useSaveRecordMutation } from '../../../lib/record-queries';
import { staffAccountKeys } from './list-staff-accounts';

export function resetStaffPassword(id: number, password: string) {
  return api.post<StaffAccount>(`/api/v1/staff-accounts/${id}/password`, { password });
}

export function useResetStaffPassword() {
  return useSaveRecordMutation(staffAccountKeys, ({ id, password }: { id: number; password: string }) =>
    resetStaffPassword(id, password),
  );
}
