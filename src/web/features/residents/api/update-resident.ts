import { api } from '../../../lib/api-client';
import type { ResidentDetail, UpdateResidentInput } from '../../../lib/contracts';
import { useSaveRecordMutation } from '../../../lib/record-queries';
import { residentKeys } from './list-residents';

export function updateResident(id: number, input: UpdateResidentInput) {
  return api.patch<ResidentDetail>(`/api/v1/residents/${id}`, input);
}

export function useUpdateResident(id: number) {
  return useSaveRecordMutation(residentKeys, (input: UpdateResidentInput) => updateResident(id, input));
}
