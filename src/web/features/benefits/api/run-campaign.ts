import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CampaignDetail } from './contracts';
import { campaignKeys } from './keys';

export function runCampaign(input: { policyId: number; sendSms: boolean }) {
  return api.post<CampaignDetail>('/api/v1/benefits/campaigns', input);
}

export function useRunCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: runCampaign,
    onSuccess: () => void qc.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
