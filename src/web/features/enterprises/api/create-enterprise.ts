import { api } from '../../../lib/api-client';
import type { CreateEnterpriseInput, Enterprise } from '../../../lib/contracts';
import { useSaveRecordMutation } from '../../../lib/record-queries';
import { enterpriseKeys } from './list-enterprises';

export function createEnterprise(input: CreateEnterpriseInput) {
  return api.post<Enterprise>('/api/v1/enterprises', input);
}

export function useCreateEnterprise() {
  return useSaveRecordMutation(enterpriseKeys, createEnterprise);
}
