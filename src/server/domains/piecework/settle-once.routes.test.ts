/**
 * A correction to a settled day is paid exactly once (ADR 0047): whatever
 * closes of other days of the same factory run at the same moment, each
 * adjustment lands on one settlement line and on no other.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { businessDay } from '../../../shared/dates';
import { resident, type Client } from '../../../../tests/support/http-client';
import { checkLedgerAfterEach } from '../../../../tests/support/piecework-ledger';
import { useTestApp } from '../../../../tests/support/test-app';
import { settleAllFactoriesDay } from './settlements.service';

const t = useTestApp();
checkLedgerAfterEach(t);
const today = businessDay(new Date());
const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

async function batch(owner: Client, fid: number, records: object[]) {
  const res = await owner.post(`/api/v1/piecework/factories/${fid}/records/batch`, { records });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { accepted: number; adjustments: number };
}

describe('closing many days of one factory at once', () => {
  it('pays every pending adjustment on exactly one line, round after round', async () => {
    const owner = await resident(t, '13900000010');
    const fid = (await t.adminQuery(`select id from micro_factories where name = '金花粉扑包装微工厂'`)).rows[0].id;
    const grid = (await owner.get(`/api/v1/piecework/factories/${fid}/day?date=${today}`)).body as {
      workers: { id: number }[];
      products: { id: number }[];
    };
    const product = grid.products[0]!.id;
    const piece = (workerId: number, workDate: string, quantity: number) => ({
      clientKey: randomUUID(),
      workerId,
      productId: product,
      workDate,
      quantity,
    });

    // The day the corrections belong to, settled first (the seed settles the last thirty days only).
    const origin = daysAgo(59);
    await batch(
      owner,
      fid,
      grid.workers.map((w) => piece(w.id, origin, 100)),
    );
    expect((await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, { workDate: origin })).status).toBe(201);

    const rounds = 4;
    const closesPerRound = 7;
    let next = 58;
    for (let round = 0; round < rounds; round++) {
      // Late pieces for the settled day: each becomes an adjustment waiting for a next settlement.
      const late = await batch(
        owner,
        fid,
        grid.workers.slice(0, 6).map((w, i) => piece(w.id, origin, 11 + round * 10 + i)),
      );
      expect(late.adjustments).toBe(6);
      const days = Array.from({ length: closesPerRound }, () => daysAgo(next--));
      // something of its own to settle on each day, so every close makes a settlement
      await batch(
        owner,
        fid,
        days.map((d) => piece(grid.workers[9]!.id, d, 7)),
      );
      // the owner closes six days at once while the street settles every factory's seventh
      const [streetDay, ...ownerDays] = days;
      const answers = await Promise.all([
        settleAllFactoriesDay(t.db, streetDay!, new Date(), { parts: 1 }).then((n) => (n > 0 ? 201 : 0)),
        ...ownerDays.map(
          async (d) => (await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, { workDate: d })).status,
        ),
      ]);
      expect(answers).toEqual(days.map(() => 201));

      // Every adjustment is claimed by one settlement, and the lines carry exactly what was claimed:
      // no line holds an adjustment that another line also holds or that no settlement claimed.
      const open = await t.adminQuery(
        `select count(*)::int as n from piece_adjustments where factory_id = $1 and settlement_id is null`,
        [fid],
      );
      expect(open.rows[0].n).toBe(0);
      const lines = await t.adminQuery(
        `select l.settlement_id, l.worker_id, l.adjustment_e4::bigint as on_line,
                coalesce((select sum(a.amount_e4) from piece_adjustments a
                           where a.settlement_id = l.settlement_id and a.worker_id = l.worker_id), 0)::bigint as claimed
           from settlement_lines l where l.factory_id = $1 and l.adjustment_e4 <> 0`,
        [fid],
      );
      expect(lines.rows.length).toBeGreaterThan(0);
      for (const l of lines.rows) expect(l.on_line, JSON.stringify(l)).toBe(l.claimed);
      const totals = await t.adminQuery(
        `select (select coalesce(sum(adjustment_e4), 0) from settlement_lines where factory_id = $1)::bigint as paid,
                (select coalesce(sum(amount_e4), 0) from piece_adjustments where factory_id = $1)::bigint as owed`,
        [fid],
      );
      expect(totals.rows[0].paid).toBe(totals.rows[0].owed);
    }
  });
});
