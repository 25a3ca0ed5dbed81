import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';
import type { SharedField } from './apply-to-post';
import { useApplicationMutation } from './keys';

export function acceptInvitation(id: number, fields: SharedField[]) {
  return api.post<Application>(`/api/v1/me/applications/${id}/accept`, { consent: true, fields });
}

export function useAcceptInvitation(id: number) {
  return useApplicationMutation((fields: SharedField[]) => acceptInvitation(id, fields));
}
