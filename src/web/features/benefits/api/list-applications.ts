import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page } from '../../../lib/contracts';
import type { Application } from './contracts';
import { applicationKeys } from './keys';

export interface ApplicationFilters {
  page: number;
  pageSize: number;
  status?: string | undefined;
}

export function listApplications(filters: ApplicationFilters, signal?: AbortSignal) {
  return api.get<Page<Application>>('/api/v1/benefits/applications', { query: { ...filters }, signal });
}

export function useApplications(filters: ApplicationFilters) {
  return useQuery({
    queryKey: applicationKeys.list(filters),
    queryFn: ({ signal }) => listApplications(filters, signal),
    placeholderData: keepPreviousData,
  });
}
