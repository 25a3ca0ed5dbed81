import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { myConsentsQueryKey, type ConsentList } from './get-my-consents';
import { myProfileQueryKey } from './get-my-profile';

export function withdrawConsent(id: number) {
  return api.post<ConsentList>(`/api/v1/me/consents/${id}/withdraw`);
}

export function useWithdrawConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawConsent,
    onSuccess: (list) => {
      queryClient.setQueryData(myConsentsQueryKey, list);
      // Withdrawing the label consent removes the labels it covered from the profile.
      void queryClient.invalidateQueries({ queryKey: myProfileQueryKey });
    },
  });
}
