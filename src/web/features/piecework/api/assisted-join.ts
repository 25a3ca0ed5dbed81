import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { assistedJoinBody } from '../../../../shared/schemas/piecework';
import { api } from '../../../lib/api-client';
import { assistedJoinPreviewKey, type JoinPreview } from './assisted-join-preview';

export type AssistedJoinInput = z.input<typeof assistedJoinBody>;

export const assistedJoin = (residentId: number, input: AssistedJoinInput) =>
  api.post<JoinPreview>(`/api/v1/piecework/assisted/${residentId}/join`, input);

/** 代办: the officer joins the resident to the factory, with how she agreed recorded. */
export function useAssistedJoin(residentId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AssistedJoinInput) => assistedJoin(residentId, input),
    onSuccess: (preview) => qc.setQueryData(assistedJoinPreviewKey(residentId, preview.factoryId), preview),
  });
}
