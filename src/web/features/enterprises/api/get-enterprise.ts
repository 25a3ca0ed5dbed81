import { api } from '../../../lib/api-client';
import type { Enterprise } from '../../../lib/contracts';
import { useRecordQuery } from '../../../lib/record-queries';
import { enterpriseKeys } from './list-enterprises';

export function getEnterprise(id: number, signal?: AbortSignal) {
  return api.get<Enterprise>(`/api/v1/enterprises/${id}`, { signal });
}

export function useEnterprise(id: number) {
  return useRecordQuery(enterpriseKeys, id, getEnterprise);
}
