/** The street takes a published post down, with a note the employer reads. */
import { api } from '../../../lib/api-client';
import type { JobPostDetail } from '../../../lib/contracts';
import { useReviewMutation } from './keys';

export function takeDownPost({ id, note }: { id: number; note: string }) {
  return api.post<JobPostDetail>(`/api/v1/jobs/review/posts/${id}/take-down`, { note });
}

export function useTakeDownPost() {
  return useReviewMutation(takeDownPost);
}
