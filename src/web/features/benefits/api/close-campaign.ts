import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CampaignDetail } from './contracts';
import { campaignKeys } from './keys';

export function closeCampaign(id: number) {
  return api.post<CampaignDetail>(`/api/v1/benefits/campaigns/${id}/close`);
}

export function useCloseCampaign(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => closeCampaign(id),
    onSuccess: () => void qc.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
