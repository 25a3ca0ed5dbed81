/** The street certifies a post as a 妈妈岗, or refuses the employer's request. */
import { api } from '../../../lib/api-client';
import type { JobPostDetail } from '../../../lib/contracts';
import { useReviewMutation } from './keys';

export interface MotherDecision {
  id: number;
  certify: boolean;
  note?: string;
}

export function certifyMother({ id, ...body }: MotherDecision) {
  return api.post<JobPostDetail>(`/api/v1/jobs/review/posts/${id}/mother`, body);
}

export function useCertifyMother() {
  return useReviewMutation(certifyMother);
}
