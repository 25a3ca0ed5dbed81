import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Factory, Page } from '../../../lib/contracts';
import { keys } from './keys';

export type { Factory };

export interface StaffFactoryFilters {
  q?: string;
  areaId?: number;
  industry?: string;
  status?: string;
  verified?: 'true' | 'false';
  page: number;
  pageSize: number;
}

export function listStaffFactories(f: StaffFactoryFilters, signal?: AbortSignal) {
  return api.get<Page<Factory>>('/api/v1/piecework/factories', { query: { ...f }, signal });
}

export const useStaffFactories = (f: StaffFactoryFilters) =>
  useQuery({
    queryKey: keys.staffFactories(f),
    queryFn: ({ signal }) => listStaffFactories(f, signal),
    placeholderData: keepPreviousData,
  });
