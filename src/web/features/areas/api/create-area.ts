import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { areasQueryKey } from '../../../lib/areas';
import type { Area, CreateAreaInput } from '../../../lib/contracts';

/** Adding to the tree (the system administrator's configuration); the tree is then asked again. */
export function createArea(input: CreateAreaInput) {
  return api.post<Area>('/api/v1/areas', input);
}

export function useCreateArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createArea,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: areasQueryKey }),
  });
}
