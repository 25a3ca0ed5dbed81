import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { invitePreview } from '../../../../shared/schemas/piecework';
import { api } from '../../../lib/api-client';

/** What a factory shows a resident before she joins: its products at today's rates, and what its owner will see of her. */
export type JoinPreview = z.infer<typeof invitePreview>;

export const assistedJoinPreviewKey = (residentId: number, factoryId: number) =>
  ['piecework', 'assisted', residentId, 'join', factoryId] as const;

export const getAssistedJoinPreview = (residentId: number, factoryId: number, signal?: AbortSignal) =>
  api.get<JoinPreview>(`/api/v1/piecework/assisted/${residentId}/join`, { query: { factoryId }, signal });

/** 代办: the same preview the resident would see, read to her by the officer before she agrees. */
export function useAssistedJoinPreview(residentId: number, factoryId: number | null) {
  return useQuery({
    queryKey: assistedJoinPreviewKey(residentId, factoryId ?? 0),
    queryFn: ({ signal }) => getAssistedJoinPreview(residentId, factoryId!, signal),
    enabled: factoryId !== null,
    retry: false,
  });
}
