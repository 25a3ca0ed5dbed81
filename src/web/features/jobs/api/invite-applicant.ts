import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';
import type { InvitationInput } from './invite-candidate';
import { useEmployerDecisionMutation } from './keys';

export function inviteApplicant(id: number, invitation: InvitationInput) {
  return api.post<Application>(`/api/v1/employer/applications/${id}/invite`, invitation);
}

export function useInviteApplicant(id: number) {
  return useEmployerDecisionMutation(id, (invitation: InvitationInput) => inviteApplicant(id, invitation));
}
