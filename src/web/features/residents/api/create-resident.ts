import { api } from '../../../lib/api-client';
import type { CreateResidentInput, ResidentDetail } from '../../../lib/contracts';
import { useSaveRecordMutation } from '../../../lib/record-queries';
import { residentKeys } from './list-residents';

export function createResident(input: CreateResidentInput) {
  return api.post<ResidentDetail>('/api/v1/residents', input);
}

export function useCreateResident() {
  return useSaveRecordMutation(residentKeys, createResident);
}
