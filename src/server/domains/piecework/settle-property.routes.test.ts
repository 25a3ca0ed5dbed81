/**
 * The settlement statement in SQL (piecework_settle, migrations 0018 and 0021)
 * through the owner's HTTP close, against the rules in TypeScript
 * (settlement-rule.ts; settle-rule.db.test.ts drives the statement itself): on random
 * days of pieces at random rates, reversals before the close, corrections of
 * an earlier settled day and of a later one, and random hours present, every
 * line of the close is what the rules make of the records — the day's amount,
 * the open corrections of earlier days, one half-up rounding, the wage floor.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDay } from '../../../shared/dates';
import { pieceAmountE4 } from '../../../shared/schemas/piecework-rules';
import { resident, type Client } from '../../../../tests/support/http-client';
import { checkLedgerAfterEach } from '../../../../tests/support/piecework-ledger';
import { useTestApp } from '../../../../tests/support/test-app';
import { settleLine } from './settlement-rule';

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
  minutesPresent: number | null;
  floorFenPerHour: number;
  belowFloor: boolean;
}

const piece = fc.record({
  worker: fc.integer({ min: 0, max: 9 }),
  product: fc.integer({ min: 0, max: 2 }),
  quantity: fc.integer({ min: 1, max: 3000 }),
});

describe('settling a day, SQL against the rules in TypeScript', () => {
  it('gives every worker the line the rules give, on random days', async () => {
    const owner = await resident(t, '13900000010');
    const fid = (await t.adminQuery(`select id from micro_factories where name = '金花粉扑包装微工厂'`)).rows[0]
      .id as number;
    const grid = (await owner.get(`/api/v1/piecework/factories/${fid}/day?date=${today}`)).body as {
      workers: { id: number }[];
      products: { id: number }[];
    };
    const workers = grid.workers.map((w) => w.id);
    const batch = async (c: Client, records: object[]) => {
      const res = await c.post(`/api/v1/piecework/factories/${fid}/records/batch`, { records });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };
    let day = 59;
    // the latest settled day before the one being closed: its corrections wait for this close
    let settledBefore = daysAgo(day);
    // the first day closes with nothing to compare: it is the earlier day the next one's corrections belong to
    await batch(owner, [
      {
        clientKey: randomUUID(),
        workerId: workers[0],
        productId: grid.products[0]!.id,
        workDate: daysAgo(day),
        quantity: 1,
      },
    ]);
    expect(
      (await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, { workDate: daysAgo(day) })).status,
    ).toBe(201);

    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 200_000 }),
        fc.array(piece, { maxLength: 14 }),
        fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
        fc.array(piece, { maxLength: 5 }),
        fc.array(piece, { maxLength: 2 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 720 }), { nil: null }), { minLength: 10, maxLength: 10 }),
        async (rateE4, pieces, reverse, earlierFixes, laterFixes, minutes) => {
          const earlier = settledBefore;
          const date = daysAgo(--day);
          // a product at a random rate, in force long before these days
          const { rows } = await t.adminQuery(
            `with p as (insert into factory_products (factory_id, name, unit) values ($1, $2, 'piece') returning id)
             insert into piece_rates (product_id, effective_from, rate_e4, created_by_user_id) select id, '2001-01-01', $3, 1 from p
             returning product_id`,
            [fid, `随机单价 ${day}`, rateE4],
          );
          const products = [
            { id: grid.products[0]!.id, rateE4: 500 },
            { id: grid.products[1]!.id, rateE4: 300 },
            { id: rows[0].product_id as number, rateE4 },
          ];
          const entry = (p: { worker: number; product: number; quantity: number }, workDate: string) => ({
            clientKey: randomUUID(),
            workerId: workers[p.worker]!,
            productId: products[p.product]!.id,
            workDate,
            quantity: p.quantity,
          });

          // the day's pieces, some reversed before the close
          const sent = pieces.map((p) => entry(p, date));
          if (sent.length) await batch(owner, sent);
          const ids = sent.length
            ? (
                await t.adminQuery(
                  `select id, client_key::text from piece_records where client_key = any($1::uuid[])`,
                  [sent.map((s) => s.clientKey)],
                )
              ).rows
            : [];
          const reversed = sent.filter((_, i) => reverse[i]);
          if (reversed.length)
            await batch(
              owner,
              reversed.map((r) => ({
                clientKey: randomUUID(),
                reversesId: ids.find((x) => x.client_key === r.clientKey)!.id,
              })),
            );
          // corrections of the day settled before (paid now) and of a later settled day (not yet: it is after this one)
          if (earlierFixes.length)
            await batch(
              owner,
              earlierFixes.map((p) => entry(p, earlier)),
            );
          if (laterFixes.length)
            await batch(
              owner,
              laterFixes.map((p) => entry(p, daysAgo(5))),
            );
          for (const [i, m] of minutes.entries())
            if (m !== null)
              await t.adminQuery(
                `insert into presence_days (worker_id, work_date, factory_id, state, minutes_present) values ($1, $2, $3, 'done', $4)`,
                [workers[i], date, fid, m],
              );

          // the rules, in TypeScript
          const expected = new Map<number, { quantity: number; dayE4: number; adjE4: number }>();
          const add = (w: number, q: number, dayE4: number, adjE4: number) => {
            const e = expected.get(w) ?? { quantity: 0, dayE4: 0, adjE4: 0 };
            expected.set(w, { quantity: e.quantity + q, dayE4: e.dayE4 + dayE4, adjE4: e.adjE4 + adjE4 });
          };
          const rateOf = (productId: number) => products.find((p) => p.id === productId)!.rateE4;
          for (const s of sent) add(s.workerId, s.quantity, pieceAmountE4(s.quantity, rateOf(s.productId)), 0);
          for (const s of reversed) add(s.workerId, -s.quantity, pieceAmountE4(-s.quantity, rateOf(s.productId)), 0);
          for (const p of earlierFixes)
            add(workers[p.worker]!, 0, 0, pieceAmountE4(p.quantity, products[p.product]!.rateE4));

          const closed = await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, { workDate: date });
          const wanted = [...expected].filter(([, e]) => e.quantity !== 0 || e.dayE4 !== 0 || e.adjE4 !== 0);
          if (wanted.length === 0) {
            expect(closed.status).toBe(409);
            return;
          }
          expect(closed.status).toBe(201);
          settledBefore = date;
          const lines = (closed.body.settlement.lines as Line[]).map((l) => ({
            workerId: l.workerId,
            quantity: l.quantity,
            dayAmountE4: l.dayAmountE4,
            adjustmentE4: l.adjustmentE4,
            amountFen: l.amountFen,
            carriedE4: l.carriedE4,
            minutesPresent: l.minutesPresent,
            belowFloor: l.belowFloor,
          }));
          const floor = (closed.body.settlement.lines as Line[])[0]!.floorFenPerHour;
          const rules = wanted
            .map(([workerId, e]) => {
              const kept = minutes[workers.indexOf(workerId)] ?? null;
              return {
                workerId,
                quantity: e.quantity,
                dayAmountE4: e.dayE4,
                adjustmentE4: e.adjE4,
                ...settleLine(e.dayE4, e.adjE4, kept, floor),
                minutesPresent: kept,
              };
            })
            .sort((a, b) => a.workerId - b.workerId);
          expect(lines).toEqual(rules);
          expect(closed.body.settlement.totalFen).toBe(rules.reduce((sum, l) => sum + l.amountFen, 0));
          expect(closed.body.settlement.flaggedCount).toBe(rules.filter((l) => l.belowFloor).length);
        },
      ),
      { numRuns: 20, endOnFailure: true },
    );
  });
});
