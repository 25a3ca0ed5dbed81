import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';
import { useEmployerDecisionMutation } from './keys';

export function rejectApplicant(id: number, reason: string) {
  return api.post<Application>(`/api/v1/employer/applications/${id}/reject`, { reason });
}

export function useRejectApplicant(id: number) {
  return useEmployerDecisionMutation(id, (reason: string) => rejectApplicant(id, reason));
}
