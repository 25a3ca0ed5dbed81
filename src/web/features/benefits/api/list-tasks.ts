import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page } from '../../../lib/contracts';
import type { CampaignTask } from './contracts';
import { taskKeys } from './keys';

export interface TaskFilters {
  page: number;
  pageSize: number;
  campaignId?: number | undefined;
  open?: 'true' | 'false' | undefined;
}

export function listTasks(filters: TaskFilters, signal?: AbortSignal) {
  return api.get<Page<CampaignTask>>('/api/v1/benefits/tasks', { query: { ...filters }, signal });
}

export function useTasks(filters: TaskFilters) {
  return useQuery({
    queryKey: [...taskKeys.all, filters],
    queryFn: ({ signal }) => listTasks(filters, signal),
    placeholderData: keepPreviousData,
  });
}
