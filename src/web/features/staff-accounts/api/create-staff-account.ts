import { api } from '../../../lib/api-client';
import type { CreateStaffAccountInput, StaffAccount } from '../../../lib/contracts';
import { useSaveRecordMutation } from '../../../lib/record-queries';
import { staffAccountKeys } from './list-staff-accounts';

/** The system administrator's: a new account with no role and no power until the security administrator grants one. */
export function createStaffAccount(input: CreateStaffAccountInput) {
  return api.post<StaffAccount>('/api/v1/staff-accounts', input);
}

export function useCreateStaffAccount() {
  return useSaveRecordMutation(staffAccountKeys, createStaffAccount);
}
