import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LedgerCheckResult } from '../../../lib/contracts';

export type { LedgerCheckResult };

export function checkLedger(body: { from?: string; to?: string; areaId?: number }) {
  return api.post<LedgerCheckResult>('/api/v1/piecework/ledger-checks', body);
}

/** The ledger check (ADR 0047): run on demand, audited; its answer is shown, not cached. */
export const useLedgerCheck = () => useMutation({ mutationFn: checkLedger });
