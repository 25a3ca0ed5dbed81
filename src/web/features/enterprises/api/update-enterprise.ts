import { api } from '../../../lib/api-client';
import type { Enterprise, UpdateEnterpriseInput } from '../../../lib/contracts';
import { useSaveRecordMutation } from '../../../lib/record-queries';
import { enterpriseKeys } from './list-enterprises';

export function updateEnterprise(id: number, input: UpdateEnterpriseInput) {
  return api.patch<Enterprise>(`/api/v1/enterprises/${id}`, input);
}

export function useUpdateEnterprise(id: number) {
  return useSaveRecordMutation(enterpriseKeys, (input: UpdateEnterpriseInput) => updateEnterprise(id, input));
}
