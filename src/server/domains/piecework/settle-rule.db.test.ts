/**
 * piecework_settle (the settlement statement in SQL) against settlement-rule.ts
 * (the same rules in TypeScript), on random days: several factories, each in
 * its own area with its own wage floor, many products at rates with four
 * decimals, pieces and reversals, open and paid corrections of earlier and
 * later days, presence folded from random check-ins, step-outs and returns,
 * a factory already settled that day, lines netting negative and carried
 * forward. Each case runs in a transaction that is
 * rolled back, so every case starts from the same seeded database.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldPresence, nextPresenceKinds, type PresenceKind } from '../../../shared/schemas/piecework-rules';
import { useTestApp } from '../../../../tests/support/test-app';
import { settleDay, type RuleAdjustment, type RulePiece, type RulePresence } from './settlement-rule';

const t = useTestApp();
const DAY = '2026-03-10';
const dayPlus = (n: number) => new Date(Date.parse(`${DAY}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
// the day's close at some moment of the afternoon, Asia/Shanghai
const closeAt = (minute: number) => new Date(Date.parse(`${DAY}T06:00:00Z`) + minute * 60_000 + 123);

interface Fixture {
  factories: { id: number; areaId: number; workers: number[] }[];
}

const piece = fc.record({
  factory: fc.nat(),
  worker: fc.nat(),
  product: fc.integer({ min: 0, max: 5 }),
  quantity: fc.integer({ min: -500, max: 3000 }).filter((q) => q !== 0),
});
const adjustment = fc.record({
  factory: fc.nat(),
  worker: fc.nat(),
  // before the day (paid now unless paid already), the day itself or after it (not yet)
  offset: fc.integer({ min: -20, max: 3 }),
  // large enough, now and then, to outweigh a worker's day: the line nets negative and is carried
  amountE4: fc.integer({ min: -50_000_000, max: 5_000_000 }),
  paid: fc.boolean(),
});
/** A day of presence: steps that may follow one another, minutes apart, starting some hours before the close. */
const presence = fc.record({
  factory: fc.nat(),
  worker: fc.nat(),
  startBefore: fc.integer({ min: 0, max: 600 }),
  steps: fc.array(fc.record({ pick: fc.nat(), gap: fc.integer({ min: 0, max: 240 }) }), { minLength: 1, maxLength: 7 }),
});

describe('settling a day: piecework_settle equals settlement-rule.ts', () => {
  it('gives every factory and worker what the rules give, on random days', async () => {
    const { rows } = await t.adminQuery(
      `select f.id::int, f.area_id::int, array_agg(w.id::int order by w.id) as workers
         from micro_factories f join factory_workers w on w.factory_id = f.id
        group by f.id order by f.id limit 3`,
    );
    const fixture: Fixture = {
      factories: rows.map((r) => ({ id: r.id as number, areaId: r.area_id as number, workers: r.workers as number[] })),
    };
    expect(fixture.factories.length).toBeGreaterThan(1);
    const areas = [...new Set(fixture.factories.map((f) => f.areaId))];
    let settled = 0;
    let flagged = 0;
    let carriedLines = 0;

    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 99_999_999 }), { minLength: 18, maxLength: 18 }),
        fc.array(adjustment, { maxLength: 12 }),
        fc.array(presence, { maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: areas.length, maxLength: areas.length }),
        fc.integer({ min: 0, max: 600 }),
        fc.option(fc.nat(), { nil: null }),
        fc.boolean(),
        async (pieces, rates, adjustments, presences, floors, closeMinute, settledIndex, oneFactory) => {
          const now = closeAt(closeMinute);
          const factories = oneFactory ? fixture.factories.slice(0, 1) : fixture.factories;
          const pickF = (i: number) => fixture.factories[i % fixture.factories.length]!;
          const pickW = (f: { workers: number[] }, i: number) => f.workers[i % f.workers.length]!;
          const settledFactory = settledIndex === null ? null : pickF(settledIndex).id;

          const rulePieces: (RulePiece & { productId: number })[] = pieces.map((p) => {
            const f = pickF(p.factory);
            const slot = (fixture.factories.indexOf(f) * 6 + p.product) % rates.length;
            return {
              factoryId: f.id,
              workerId: pickW(f, p.worker),
              productId: 900_000 + slot,
              quantity: p.quantity,
              rateE4: rates[slot]!,
            };
          });
          const ruleAdjustments: RuleAdjustment[] = [];
          const rulePresence: RulePresence[] = [];
          const seen = new Set<string>();
          for (const p of presences) {
            const f = pickF(p.factory);
            const workerId = pickW(f, p.worker);
            if (seen.has(`${workerId}`)) continue;
            seen.add(`${workerId}`);
            let at = now.getTime() - p.startBefore * 60_000;
            let state: 'none' | 'in' | 'out' | 'done' = 'none';
            const events: { kind: PresenceKind; at: Date }[] = [];
            for (const s of p.steps) {
              const kinds = nextPresenceKinds(state);
              const kind = kinds[s.pick % kinds.length]!;
              events.push({ kind, at: new Date(at) });
              at += s.gap * 60_000 + 7_000;
              state = kind === 'check_in' || kind === 'come_back' ? 'in' : kind === 'step_out' ? 'out' : 'done';
            }
            const folded = foldPresence(events)!;
            rulePresence.push({
              factoryId: f.id,
              workerId,
              state: folded.state as RulePresence['state'],
              minutesPresent: folded.minutesPresent,
              since: folded.since,
            });
          }

          await t.adminQuery('begin');
          try {
            // an earlier settlement of each factory, for the corrections already paid
            const earlier = new Map<number, number>();
            for (const f of fixture.factories) {
              const s = await t.adminQuery(
                `insert into settlements (factory_id, area_id, work_date, total_fen, worker_count) values ($1, $2, $3, 0, 0)
                 on conflict (work_date, factory_id) do update set total_fen = settlements.total_fen returning id::int`,
                [f.id, f.areaId, dayPlus(-40)],
              );
              earlier.set(f.id, s.rows[0].id as number);
            }
            for (const [i, a] of adjustments.entries()) {
              const f = pickF(a.factory);
              const row = {
                id: 0,
                factoryId: f.id,
                workerId: pickW(f, a.worker),
                originDate: dayPlus(a.offset),
                amountE4: a.amountE4,
                paid: a.paid,
              };
              const ins = await t.adminQuery(
                `insert into piece_adjustments (factory_id, worker_id, record_id, origin_date, amount_e4, settlement_id)
                 values ($1, $2, $3, $4, $5, $6) returning id::int`,
                [
                  row.factoryId,
                  row.workerId,
                  8_000_000_000 + i,
                  row.originDate,
                  row.amountE4,
                  a.paid ? earlier.get(f.id) : null,
                ],
              );
              row.id = ins.rows[0].id as number;
              ruleAdjustments.push(row);
            }
            // the rollup as the writes keep it: per worker and product
            const totals = new Map<string, { p: (typeof rulePieces)[number]; quantity: number; e4: number }>();
            for (const p of rulePieces) {
              const key = `${p.factoryId}:${p.workerId}:${p.productId}`;
              const e = totals.get(key) ?? { p, quantity: 0, e4: 0 };
              e.quantity += p.quantity;
              e.e4 += p.quantity * p.rateE4;
              totals.set(key, e);
            }
            for (const { p, quantity, e4 } of totals.values())
              await t.adminQuery(
                `insert into piece_day_totals (factory_id, work_date, worker_id, product_id, quantity, amount_e4) values ($1, $2, $3, $4, $5, $6)`,
                [p.factoryId, DAY, p.workerId, p.productId, quantity, e4],
              );
            for (const p of rulePresence)
              await t.adminQuery(
                `insert into presence_days (worker_id, work_date, factory_id, state, minutes_present, since) values ($1, $2, $3, $4, $5, $6)`,
                [p.workerId, DAY, p.factoryId, p.state, p.minutesPresent, p.since],
              );
            if (settledFactory !== null)
              await t.adminQuery(
                `insert into settlements (factory_id, area_id, work_date, total_fen, worker_count) values ($1, $2, $3, 0, 0)`,
                [settledFactory, pickF(settledIndex!).areaId, DAY],
              );

            await t.adminQuery(`select piecework_settle($1, $2, $3, $4, null, $5, $6)`, [
              DAY,
              factories.map((f) => f.id),
              areas,
              floors,
              now,
              oneFactory,
            ]);
            const made = await t.adminQuery(
              `select id::int, factory_id::int, area_id::int, total_fen::float8, worker_count, flagged_count
                 from settlements where work_date = $1 and created_at = $2 order by factory_id`,
              [DAY, now],
            );
            const lines = await t.adminQuery(
              `select factory_id::int, worker_id::int, quantity, day_amount_e4::float8, adjustment_e4::float8,
                      amount_fen::float8, minutes_present, floor_fen_per_hour, below_floor, settlement_id::int
                 from settlement_lines where settlement_id = any($1) order by factory_id, worker_id`,
              [made.rows.map((s) => s.id)],
            );
            const carried = await t.adminQuery(
              `select l.worker_id::int, a.amount_e4::float8, a.origin_date::text, a.settlement_id
                 from piece_adjustments a join settlement_lines l on l.id = a.carried_from_line_id
                where l.settlement_id = any($1)`,
              [made.rows.map((s) => s.id)],
            );
            expect(carried.rows.every((c) => c.origin_date === DAY && c.settlement_id === null)).toBe(true);
            const paidNow = await t.adminQuery(
              `select id::int from piece_adjustments where settlement_id = any($1) order by id`,
              [made.rows.map((s) => s.id)],
            );

            const rule = settleDay({
              day: DAY,
              now,
              factories: factories.map((f) => ({ id: f.id, areaId: f.areaId, settledBefore: f.id === settledFactory })),
              floorOfArea: new Map(areas.map((a, i) => [a, floors[i]!])),
              pieces: rulePieces,
              adjustments: ruleAdjustments,
              presence: rulePresence,
            });

            expect(
              made.rows.map((s) => ({
                factoryId: s.factory_id,
                areaId: s.area_id,
                totalFen: s.total_fen,
                workerCount: s.worker_count,
                flaggedCount: s.flagged_count,
                lines: lines.rows
                  .filter((l) => l.settlement_id === s.id)
                  .map((l) => ({
                    factoryId: l.factory_id,
                    workerId: l.worker_id,
                    quantity: l.quantity,
                    dayAmountE4: l.day_amount_e4,
                    adjustmentE4: l.adjustment_e4,
                    amountFen: l.amount_fen,
                    carriedE4: carried.rows.find((c) => c.worker_id === l.worker_id)?.amount_e4 ?? 0,
                    minutesPresent: l.minutes_present,
                    floorFenPerHour: l.floor_fen_per_hour,
                    belowFloor: l.below_floor,
                  })),
              })),
            ).toEqual(rule.map(({ paidAdjustmentIds: _, ...s }) => s));
            settled += made.rows.length;
            flagged += rule.reduce((n, x) => n + x.flaggedCount, 0);
            carriedLines += carried.rows.length;
            expect(paidNow.rows.map((r) => r.id)).toEqual(
              rule.flatMap((s) => s.paidAdjustmentIds).sort((a, b) => a - b),
            );
          } finally {
            await t.adminQuery('rollback');
          }
        },
      ),
      { numRuns: 60 },
    );
    // The cases must settle days and judge lines, not compare empty answers.
    expect(settled).toBeGreaterThan(20);
    expect(flagged).toBeGreaterThan(0);
    expect(carriedLines).toBeGreaterThan(0);
  });
});
