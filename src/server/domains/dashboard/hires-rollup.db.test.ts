/**
 * employment_day_counts, the rollup the writes keep for the "hires" figure (ADR 0076), against the
 * employments themselves: after random hires, moves of a start day or an employer's area, and
 * deletions, the rollup holds each area's and day's count, and the dashboard's hires by community
 * and month read from it equal the same figure counted from its records. Each case runs in a
 * transaction that is rolled back, so every case starts from the same seeded database.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/support/test-app';
import { figureByPartAndMonth } from './dashboard.repository';
import { findFigure } from './figure-registry';

const t = useTestApp();
const hires = findFigure('jobs.hires')!;
const day = (n: number) => new Date(Date.parse('2026-01-01T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);

const step = fc.oneof(
  fc.record({
    op: fc.constant('hire' as const),
    resident: fc.nat(),
    enterprise: fc.nat(),
    area: fc.nat(),
    day: fc.integer({ min: 0, max: 400 }),
  }),
  fc.record({ op: fc.constant('move' as const), pick: fc.nat(), day: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ op: fc.constant('reassign' as const), pick: fc.nat(), area: fc.nat() }),
  fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }),
);

class RolledBack extends Error {}

describe('the hires rollup (employment_day_counts)', () => {
  it('keeps a rollup for hires, the figure most records make', () => expect(hires.rollup).toBeDefined());

  it('equals the employments counted, by area and day and as the dashboard shows them, over random writes', async () => {
    const ids = async (query: string) => (await t.adminQuery(query)).rows.map((r) => Number(r.id));
    const residents = await ids('select id from residents order by id limit 40');
    const enterprises = await ids('select id from enterprises order by id limit 10');
    const areas = await ids(`select id from areas where level in ('compound', 'community', 'place') order by id`);
    const officer = (await ids(`select id from users where username = 'wangguiling'`))[0]!;
    const street = (await t.adminQuery(`select path from areas where level = 'street' order by id limit 1`))
      .rows[0] as { path: string };
    expect(residents.length).toBeGreaterThan(5);
    expect(areas.length).toBeGreaterThan(3);

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
        await t.db
          .transaction()
          .execute(async (trx) => {
            for (const s of steps) {
              const mine = (
                await sql<{ id: number }>`select id from employments where created_by_user_id = ${officer}
                  and title = 'rollup-case' order by id`.execute(trx)
              ).rows.map((r) => Number(r.id));
              const picked = s.op === 'hire' ? undefined : mine[s.pick % Math.max(1, mine.length)];
              if (s.op === 'hire')
                await sql`insert into employments (resident_id, enterprise_id, area_id, source, title, start_date, created_by_user_id)
                  values (${residents[s.resident % residents.length]}, ${enterprises[s.enterprise % enterprises.length]},
                    ${areas[s.area % areas.length]}, 'recorded', 'rollup-case', ${day(s.day)}::date, ${officer})`.execute(
                  trx,
                );
              else if (picked === undefined) continue;
              else if (s.op === 'move')
                await sql`update employments set start_date = ${day(s.day)}::date where id = ${picked}`.execute(trx);
              else if (s.op === 'reassign')
                await sql`update employments set area_id = ${areas[s.area % areas.length]} where id = ${picked}`.execute(
                  trx,
                );
              else await sql`delete from employments where id = ${picked}`.execute(trx);
            }
            const { rows: apart } = await sql<{ n: number }>`
              select count(*)::int as n from (
                select area_id, start_date, count(*)::int as hires from employments group by 1, 2
                except select area_id, start_date, hires from employment_day_counts where hires > 0
                union all
                select area_id, start_date, hires from employment_day_counts where hires > 0
                except select area_id, start_date, count(*)::int from employments group by 1, 2
              ) x`.execute(trx);
            expect(apart[0]!.n).toBe(0);
            const scope = { areaPath: street.path, actorPaths: [street.path] };
            const range = { from: '2026-01-01', to: '2027-03-01' };
            const sorted = <T extends { value: number }>(rows: T[], key: (r: T) => string | number) =>
              [...rows].filter((r) => r.value !== 0).sort((a, b) => String(key(a)).localeCompare(String(key(b))));
            const fromRollup = await figureByPartAndMonth(trx, hires, scope, range);
            const fromRecords = await figureByPartAndMonth(trx, { ...hires, rollup: undefined }, scope, range);
            expect(sorted(fromRollup.parts, (r) => r.part).map((r) => [r.part, r.value])).toEqual(
              sorted(fromRecords.parts, (r) => r.part).map((r) => [r.part, r.value]),
            );
            expect(sorted(fromRollup.monthly, (r) => r.month).map((r) => [r.month, r.value])).toEqual(
              sorted(fromRecords.monthly, (r) => r.month).map((r) => [r.month, r.value]),
            );
            throw new RolledBack();
          })
          .catch((err: unknown) => {
            if (!(err instanceof RolledBack)) throw err;
          });
      }),
      { numRuns: 40 },
    );
  });
});
