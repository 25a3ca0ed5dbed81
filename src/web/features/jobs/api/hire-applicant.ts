import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';
import { useEmployerDecisionMutation } from './keys';

export function hireApplicant(id: number, startDate: string) {
  return api.post<Application>(`/api/v1/employer/applications/${id}/hire`, { startDate });
}

export function useHireApplicant(id: number) {
  return useEmployerDecisionMutation(id, (startDate: string) => hireApplicant(id, startDate));
}
