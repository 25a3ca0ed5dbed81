/** The street approves a post for publication or refuses it (SPEC §3.2 Trust). */
import { api } from '../../../lib/api-client';
import type { JobPostDetail } from '../../../lib/contracts';
import { useReviewMutation } from './keys';

export interface PostDecision {
  id: number;
  approve: boolean;
  note?: string;
}

export function decidePost({ id, ...body }: PostDecision) {
  return api.post<JobPostDetail>(`/api/v1/jobs/review/posts/${id}/decision`, body);
}

export function useDecidePost() {
  return useReviewMutation(decidePost);
}
