import { api } from '../../../lib/api-client';
import type { Enterprise, EnterpriseType, Page } from '../../../lib/contracts';
import { recordQueryKeys, useListQuery, type RegistryFilters } from '../../../lib/record-queries';

export interface EnterpriseFilters extends RegistryFilters {
  type?: EnterpriseType;
}

export const enterpriseKeys = recordQueryKeys('enterprises');

export function listEnterprises(filters: EnterpriseFilters, signal?: AbortSignal) {
  return api.get<Page<Enterprise>>('/api/v1/enterprises', { query: { ...filters }, signal });
}

export function useEnterprises(filters: EnterpriseFilters) {
  return useListQuery(enterpriseKeys, filters, listEnterprises);
}
