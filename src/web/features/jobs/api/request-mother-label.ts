/** The employer asks the street to certify her post as a 妈妈岗. */
import { api } from '../../../lib/api-client';
import type { JobPostDetail } from '../../../lib/contracts';
import { useEmployerPostMutation } from './keys';

export function requestMotherLabel(id: number) {
  return api.post<JobPostDetail>(`/api/v1/employer/posts/${id}/mother-request`);
}

export function useRequestMotherLabel(id: number) {
  return useEmployerPostMutation(id, () => requestMotherLabel(id));
}
