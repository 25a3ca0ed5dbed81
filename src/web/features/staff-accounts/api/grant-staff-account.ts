/** The security administrator grants a role and its scope (三员分立, ADR 0013); the answer is the account as it now is. */
import { api } from '../../../lib/api-client';
import type { GrantStaffAccountInput, StaffAccount } from '../../../lib/contracts';
import { useSaveRecordMutation } from '../../../lib/record-queries';
import { staffAccountKeys } from './list-staff-accounts';

export function grantStaffAccount(id: number, input: GrantStaffAccountInput) {
  return api.post<StaffAccount>(`/api/v1/staff-accounts/${id}/grant`, input);
}

export function useGrantStaffAccount() {
  return useSaveRecordMutation(staffAccountKeys, ({ id, input }: { id: number; input: GrantStaffAccountInput }) =>
    grantStaffAccount(id, input),
  );
}
