import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { refusalOf } from './use-offline-queue';

const sent = [
  { clientKey: 'a', workerId: 1, productId: 1, workDate: '2026-12-01', quantity: 5 },
  { clientKey: 'b', reversesId: 42 },
  { clientKey: 'c', workerId: 2, productId: 1, workDate: '2026-12-01', quantity: 7 },
];

describe('what a failed send means for the entries of the offline queue', () => {
  it('keeps everything to send later when the network, the session or the server failed', () => {
    for (const status of [0, 401, 408, 429, 500, 503])
      expect(refusalOf(sent, new ApiError(status, 'X', 'x')), String(status)).toEqual({ wait: true });
    expect(refusalOf(sent, new TypeError('failed to fetch'))).toEqual({ wait: true });
  });

  it('refuses the entries whose keys the server names, and only those', () => {
    const reused = new ApiError(409, 'IDEMPOTENCY_KEY_REUSED', '提交编号 c 已用于另一条不同的内容', {
      clientKeys: ['c'],
    });
    expect(refusalOf(sent, reused)).toEqual({ refused: new Set(['c']) });
  });

  it('refuses the reversal of a record the server says is already reversed', () => {
    const reversed = new ApiError(409, 'RECORD_ALREADY_REVERSED', '计件记录 42 已冲正过', { recordId: 42 });
    expect(refusalOf(sent, reversed)).toEqual({ refused: new Set(['b']) });
  });

  it('refuses the whole batch when the refusal names no entry of it, so nothing is sent again forever', () => {
    const invalid = new ApiError(400, 'VALIDATION_FAILED', '工人不属于该微工厂', [{ field: 'workerId', message: 'x' }]);
    expect(refusalOf(sent, invalid)).toEqual({ refused: new Set(['a', 'b', 'c']) });
    const elsewhere = new ApiError(409, 'IDEMPOTENCY_KEY_REUSED', 'x', { clientKeys: ['z'] });
    expect(refusalOf(sent, elsewhere)).toEqual({ refused: new Set(['a', 'b', 'c']) });
  });
});
