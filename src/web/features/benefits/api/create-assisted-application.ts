import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { assistedConsent } from '../../../../shared/schemas/benefits';
import { api } from '../../../lib/api-client';
import { applicationKeys } from './applications';
import type { ApplicationDetail } from './contracts';

export interface AssistedApplicationInput {
  policyId: number;
  residentId: number;
  note?: string;
  consent: z.input<typeof assistedConsent>;
}

export const createAssistedApplication = (input: AssistedApplicationInput) =>
  api.post<ApplicationDetail>('/api/v1/benefits/applications', input);

/** 代办: an officer files a resident's application, with how she agreed recorded (ADR 0026). */
export function useCreateAssistedApplication() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createAssistedApplication,
    onSuccess: (detail) => {
      qc.setQueryData(applicationKeys.detail(detail.id), detail);
      void qc.invalidateQueries({ queryKey: applicationKeys.all });
    },
  });
}
