import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { areasQueryKey } from '../../../lib/areas';
import type { Area, CreateAreaInput, UpdateAreaInput } from '../../../lib/contracts';

/** Adding to the tree or correcting a node (the system administrator's configuration); the tree is then asked again. */
function useAreaMutation<TInput>(save: (input: TInput) => Promise<Area>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: areasQueryKey }),
  });
}

export function useCreateArea() {
  return useAreaMutation((input: CreateAreaInput) => api.post<Area>('/api/v1/areas', input));
}

export function useUpdateArea() {
  return useAreaMutation(({ id, input }: { id: number; input: UpdateAreaInput }) =>
    api.patch<Area>(`/api/v1/areas/${id}`, input),
  );
}
