import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SecuritySettings } from '../../../lib/contracts';
import { securitySettingsKey } from './get-security-settings';

/** PUT carries the whole settings object; the answer is what is now in force. */
export function updateSecuritySettings(settings: SecuritySettings) {
  return api.put<SecuritySettings>('/api/v1/settings/security', settings);
}

export function useUpdateSecuritySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSecuritySettings,
    onSuccess: (settings) => queryClient.setQueryData(securitySettingsKey, settings),
  });
}
