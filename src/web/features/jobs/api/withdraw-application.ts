import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';
import { useApplicationMutation } from './keys';

export function withdrawApplication(id: number) {
  return api.post<Application>(`/api/v1/me/applications/${id}/withdraw`);
}

export function useWithdraw(id: number) {
  return useApplicationMutation(() => withdrawApplication(id));
}
