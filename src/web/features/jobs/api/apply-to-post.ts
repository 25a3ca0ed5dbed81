import { api } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';
import { useApplicationMutation } from './keys';

export type SharedField = Application['sharedFields'][number];

/** Applying carries her consent to share the fields she ticked with the employer. */
export function applyToPost(postId: number, input: { fields: SharedField[]; message?: string }) {
  return api.post<Application>(`/api/v1/jobs/posts/${postId}/applications`, { consent: true, ...input });
}

export function useApply(postId: number) {
  return useApplicationMutation((input: { fields: SharedField[]; message?: string }) => applyToPost(postId, input));
}
