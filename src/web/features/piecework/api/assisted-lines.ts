import { useQuery } from '@tanstack/react-query';
import type { SettlementLine } from '../../../lib/contracts';
import { api } from '../../../lib/api-client';
import type { SettlementStatus } from '../../../../shared/schemas/piecework-rules';

/** A settled day's line of the resident, with its factory and where its settlement stands. */
export type AssistedLine = SettlementLine & { factoryName: string; settlementStatus: SettlementStatus };

export const assistedLinesKey = (residentId: number) => ['piecework', 'assisted', residentId, 'lines'] as const;

export const getAssistedLines = (residentId: number, signal?: AbortSignal) =>
  api.get<{ items: AssistedLine[] }>(`/api/v1/piecework/assisted/${residentId}/lines`, { signal });

/** 代办: the resident's settled lines she has not acknowledged yet (open or disputed), newest first. */
export function useAssistedLines(residentId: number) {
  return useQuery({
    queryKey: assistedLinesKey(residentId),
    queryFn: ({ signal }) => getAssistedLines(residentId, signal),
  });
}
