import type { z } from 'zod';
import type { assistedConsent } from '../../../../shared/schemas/benefits';
import { api } from '../../../lib/api-client';
import type { ApplicationDetail } from './contracts';
import { useApplicationMutation } from './keys';

export interface AssistedApplicationInput {
  policyId: number;
  residentId: number;
  note?: string;
  consent: z.input<typeof assistedConsent>;
}

export function createAssistedApplication(input: AssistedApplicationInput) {
  return api.post<ApplicationDetail>('/api/v1/benefits/applications', input);
}

/** 代办: an officer files a resident's application, with how she agreed recorded (ADR 0026). */
export const useCreateAssistedApplication = () => useApplicationMutation(createAssistedApplication);
