import { api } from '../../../lib/api-client';
import type { ApplicationAction, ApplicationDetail } from './contracts';
import { useApplicationMutation } from './keys';

export interface ApplicationActionInput {
  action: ApplicationAction;
  note?: string;
  amountFen?: number;
  reason?: string;
}

export function actOnApplication(id: number, input: ApplicationActionInput) {
  return api.post<ApplicationDetail>(`/api/v1/benefits/applications/${id}/actions`, input);
}

export const useApplicationAction = (id: number) =>
  useApplicationMutation((input: ApplicationActionInput) => actOnApplication(id, input));
