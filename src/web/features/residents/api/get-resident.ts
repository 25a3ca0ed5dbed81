import { api } from '../../../lib/api-client';
import type { ResidentDetail } from '../../../lib/contracts';
import { useRecordQuery } from '../../../lib/record-queries';
import { residentKeys } from './list-residents';

export function getResident(id: number, signal?: AbortSignal) {
  return api.get<ResidentDetail>(`/api/v1/residents/${id}`, { signal });
}

export function useResident(id: number) {
  return useRecordQuery(residentKeys, id, getResident);
}
