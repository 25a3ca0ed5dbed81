import { api } from '../../../lib/api-client';
import type { JobPostDetail } from '../../../lib/contracts';
import { useEmployerPostMutation } from './keys';

export function closePost(id: number) {
  return api.patch<JobPostDetail>(`/api/v1/employer/posts/${id}`, { close: true });
}

export function useClosePost(id: number) {
  return useEmployerPostMutation(id, () => closePost(id));
}
