import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';
import type { ResidentDetail, UpdateOwnProfileInput } from '../../../lib/contracts';
import { myProfileQueryKey } from './get-my-profile';

export function updateMyProfile(input: UpdateOwnProfileInput) {
  return api.patch<ResidentDetail>('/api/v1/me/profile', input);
}

export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(myProfileQueryKey, profile);
      // The greeting uses the account's display name, which follows the profile's name.
      void queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true });
    },
  });
}
