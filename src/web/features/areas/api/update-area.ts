import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { areasQueryKey } from '../../../lib/areas';
import type { Area, UpdateAreaInput } from '../../../lib/contracts';

/** Correcting a node of the tree (the system administrator's configuration); the tree is then asked again. */
export function updateArea({ id, input }: { id: number; input: UpdateAreaInput }) {
  return api.patch<Area>(`/api/v1/areas/${id}`, input);
}

export function useUpdateArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateArea,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: areasQueryKey }),
  });
}
