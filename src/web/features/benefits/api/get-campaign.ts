import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CampaignDetail } from './contracts';
import { campaignKeys } from './keys';

export function getCampaign(id: number, signal?: AbortSignal) {
  return api.get<CampaignDetail>(`/api/v1/benefits/campaigns/${id}`, { signal });
}

export function useCampaign(id: number) {
  return useQuery({
    queryKey: campaignKeys.detail(id),
    queryFn: ({ signal }) => getCampaign(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}
