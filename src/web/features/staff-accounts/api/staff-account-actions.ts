/**
 * What the two administrators do to an existing account (三员分立, ADR 0013):
 * the system administrator resets a password or deactivates; the security
 * administrator grants a role and scope, unlocks, and resets the
 * authenticator. Each answers with the account as it now is.
 */
import { api } from '../../../lib/api-client';
import type { GrantStaffAccountInput, StaffAccount } from '../../../lib/contracts';
import { useSaveRecordMutation } from '../../../lib/record-queries';
import { staffAccountKeys } from './list-staff-accounts';

const path = (id: number, action: string) => `/api/v1/staff-accounts/${id}/${action}`;

export function grantStaffAccount(id: number, input: GrantStaffAccountInput) {
  return api.post<StaffAccount>(path(id, 'grant'), input);
}

export function useGrantStaffAccount() {
  return useSaveRecordMutation(staffAccountKeys, ({ id, input }: { id: number; input: GrantStaffAccountInput }) =>
    grantStaffAccount(id, input),
  );
}

export function useResetStaffPassword() {
  return useSaveRecordMutation(staffAccountKeys, ({ id, password }: { id: number; password: string }) =>
    api.post<StaffAccount>(path(id, 'password'), { password }),
  );
}

/** The actions that carry nothing but the account. */
export type StaffAccountAction = 'deactivate' | 'unlock' | 'totp-reset';

export function useStaffAccountAction(action: StaffAccountAction) {
  return useSaveRecordMutation(staffAccountKeys, (id: number) => api.post<StaffAccount>(path(id, action)));
}
