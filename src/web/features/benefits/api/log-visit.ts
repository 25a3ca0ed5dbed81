import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CampaignTask } from './contracts';
import { applicationKeys, campaignKeys, taskKeys } from './keys';

export interface VisitInput {
  id: number;
  outcome: string;
  note: string;
  facts?: { unemployedRegisteredOn?: string; youngestChildBirthDate?: string; businessStage?: string };
  consent?: { consentMethod: 'paper' | 'verbal_witnessed'; witness?: string };
}

export function logVisit({ id, ...input }: VisitInput) {
  return api.post<CampaignTask>(`/api/v1/benefits/tasks/${id}/visits`, input);
}

export function useLogVisit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: logVisit,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: applicationKeys.all });
      void qc.invalidateQueries({ queryKey: taskKeys.all });
      void qc.invalidateQueries({ queryKey: campaignKeys.all });
    },
  });
}
