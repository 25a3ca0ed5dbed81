import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SecuritySettings } from '../../../lib/contracts';

export const securitySettingsKey = ['settings', 'security'] as const;

export function getSecuritySettings(signal?: AbortSignal) {
  return api.get<SecuritySettings>('/api/v1/settings/security', { signal });
}

export function useSecuritySettings() {
  return useQuery({ queryKey: securitySettingsKey, queryFn: ({ signal }) => getSecuritySettings(signal) });
}
