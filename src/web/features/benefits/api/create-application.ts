import { api } from '../../../lib/api-client';
import type { ApplicationDetail } from './contracts';
import { useApplicationMutation } from './keys';

export interface ApplicationInput {
  policyId: number;
  residentId?: number;
  enterpriseId?: number;
}

export function createApplication(input: ApplicationInput) {
  return api.post<ApplicationDetail>('/api/v1/benefits/applications', input);
}

export const useApply = () => useApplicationMutation(createApplication);
