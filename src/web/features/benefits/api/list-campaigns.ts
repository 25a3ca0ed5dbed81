import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Campaign } from './contracts';
import { campaignKeys } from './keys';

export function listCampaigns(signal?: AbortSignal) {
  return api.get<{ items: Campaign[] }>('/api/v1/benefits/campaigns', { signal });
}

export function useCampaigns() {
  return useQuery({ queryKey: campaignKeys.all, queryFn: ({ signal }) => listCampaigns(signal) });
}
