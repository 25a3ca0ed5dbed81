import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { assistedAcknowledgeBody } from '../../../../shared/schemas/piecework';
import { api } from '../../../lib/api-client';
import { assistedLinesKey, type AssistedLine } from './assisted-lines';

export type AssistedAcknowledgeInput = z.input<typeof assistedAcknowledgeBody>;

export const assistedAcknowledge = (residentId: number, lineId: number, input: AssistedAcknowledgeInput) =>
  api.post<AssistedLine>(`/api/v1/piecework/assisted/${residentId}/lines/${lineId}/acknowledge`, input);

/** 代办: the officer confirms the resident received a day's pay, with how she agreed recorded. */
export function useAssistedAcknowledge(residentId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ lineId, ...input }: AssistedAcknowledgeInput & { lineId: number }) =>
      assistedAcknowledge(residentId, lineId, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: assistedLinesKey(residentId) }),
  });
}
