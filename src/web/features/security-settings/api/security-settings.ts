import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { SecuritySettings } from '../../../lib/contracts';

const securitySettingsKey = ['settings', 'security'] as const;
const PATH = '/api/v1/settings/security';

export function useSecuritySettings() {
  return useQuery({
    queryKey: securitySettingsKey,
    queryFn: ({ signal }) => api.get<SecuritySettings>(PATH, { signal }),
  });
}

/** PUT carries the whole settings object; the answer is what is now in force. */
export function useUpdateSecuritySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: SecuritySettings) => api.put<SecuritySettings>(PATH, settings),
    onSuccess: (settings) => queryClient.setQueryData(securitySettingsKey, settings),
  });
}
