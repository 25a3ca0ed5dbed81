/**
 * A line that nets negative after corrections is carried to the worker's next
 * settlement, never "paid" as a negative amount (migration 0028): the owner
 * reverses pieces of a settled day that outweigh the worker's next day.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { businessDay } from '../../../shared/dates';
import { resident, type Client } from '../../../../tests/support/http-client';
import { checkLedgerAfterEach, expectLedgerBalanced } from '../../../../tests/support/piecework-ledger';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();
checkLedgerAfterEach(t);
const today = businessDay(new Date());
const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

interface Line {
  workerId: number;
  quantity: number;
  dayAmountE4: number;
  adjustmentE4: number;
  amountFen: number;
  carriedE4: number;
}

describe('a line that nets negative', () => {
  it('pays 0, carries what it owes to the next settlement, and that one pays the rest', async () => {
    const owner = await resident(t, '13900000010');
    const fid = (await t.adminQuery(`select id from micro_factories where name = '金花粉扑包装微工厂'`)).rows[0].id;
    const grid = (await owner.get(`/api/v1/piecework/factories/${fid}/day?date=${today}`)).body as {
      workers: { id: number }[];
      products: { id: number; rateE4: number }[];
    };
    const worker = grid.workers[0]!.id;
    const product = grid.products[0]!;
    const batch = async (c: Client, records: object[]) => {
      const res = await c.post(`/api/v1/piecework/factories/${fid}/records/batch`, { records });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };
    const close = async (workDate: string) => {
      const res = await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, { workDate });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return (res.body.settlement.lines as Line[]).find((l) => l.workerId === worker)!;
    };
    const piece = (workDate: string, quantity: number) => ({
      clientKey: randomUUID(),
      workerId: worker,
      productId: product.id,
      workDate,
      quantity,
    });

    // Day A: 1000 pieces, settled.
    const first = piece(daysAgo(50), 1000);
    await batch(owner, [first]);
    await close(daysAgo(50));
    const firstId = (await t.adminQuery('select id from piece_records where client_key = $1', [first.clientKey]))
      .rows[0].id;
    // The 1000 pieces of day A were a mistake: reversed after A was settled, a correction of -1000 × rate.
    await batch(owner, [{ clientKey: randomUUID(), reversesId: firstId }]);

    // Day B: 100 pieces; with the correction, the line nets -900 × rate.
    await batch(owner, [piece(daysAgo(49), 100)]);
    const b = await close(daysAgo(49));
    expect(b.dayAmountE4).toBe(100 * product.rateE4);
    expect(b.adjustmentE4).toBe(-1000 * product.rateE4);
    expect(b.amountFen).toBe(0);
    expect(b.carriedE4).toBe(-900 * product.rateE4);
    const settlementB = (
      await owner.get(`/api/v1/piecework/factories/${fid}/settlements?pageSize=100`)
    ).body.items.find((s: { workDate: string }) => s.workDate === daysAgo(49));
    expect(settlementB.totalFen).toBeGreaterThanOrEqual(0);

    // Day C: 1500 pieces; the line pays them less what B carried.
    await batch(owner, [piece(daysAgo(48), 1500)]);
    const c = await close(daysAgo(48));
    expect(c.adjustmentE4).toBe(-900 * product.rateE4);
    expect(c.carriedE4).toBe(0);
    expect(c.amountFen).toBe(Math.round((600 * product.rateE4) / 100));

    // No line of the factory is negative, and the ledger holds with the carry.
    const negative = await t.adminQuery(
      'select count(*)::int as n from settlement_lines where amount_fen < 0 and factory_id = $1',
      [fid],
    );
    expect(negative.rows[0].n).toBe(0);
    await expectLedgerBalanced(t);
  });

  it('the ledger check finds a carry that does not match its line', async () => {
    const { rows } = await t.adminQuery(
      `select a.id from piece_adjustments a where a.carried_from_line_id is not null limit 1`,
    );
    expect(rows).toHaveLength(1);
    // A carry of the wrong amount (written past the append-only trigger) puts the factory at odds.
    await t.adminQuery('alter table piece_adjustments disable trigger piece_adjustments_no_change');
    await t.adminQuery('update piece_adjustments set amount_e4 = amount_e4 + 100 where id = $1', [rows[0].id]);
    await expect(expectLedgerBalanced(t)).rejects.toThrow();
    await t.adminQuery('update piece_adjustments set amount_e4 = amount_e4 - 100 where id = $1', [rows[0].id]);
    await t.adminQuery('alter table piece_adjustments enable trigger piece_adjustments_no_change');
  });
});
