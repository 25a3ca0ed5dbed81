import { api } from '../../../lib/api-client';
import type { SettlementDetail } from '../../../lib/contracts';
import { useInvalidating } from './keys';

/** Closing a day settles it; workers still checked in may be checked out at closing time. */
export function closeDay(factoryId: number, workDate: string, checkOutAtClose: boolean) {
  return api.post<{ created: boolean; settlement: SettlementDetail }>(
    `/api/v1/piecework/factories/${factoryId}/settlements`,
    { workDate, checkOutAtClose },
  );
}

export const useCloseDay = (factoryId: number) =>
  useInvalidating(({ workDate, checkOutAtClose }: { workDate: string; checkOutAtClose: boolean }) =>
    closeDay(factoryId, workDate, checkOutAtClose),
  );
