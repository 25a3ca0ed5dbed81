/**
 * One rule, two evaluators, always agreeing (SPEC §3.3): random rules over
 * random people and enterprises, evaluated in memory and by the compiled SQL
 * on this run's PostgreSQL (the bundled one, or Debian's through DATABASE_URL),
 * must give the same eligible / not eligible / unknown for every subject.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/support/test-app';
import { compileRule, subjectsFrom } from './eligibility-sql';
import { countEligible, enterpriseFactRows, personFactRows } from './benefits.repository';
import { enterpriseFacts, outcomeOf, personFacts } from './eligibility';
import { enterpriseArb, personArb, ruleArb, todayArb } from './rule-arbitraries';

const t = useTestApp();
class Rollback extends Error {}
let seq = 0;

async function rollback<T>(
  work: (trx: Parameters<Parameters<ReturnType<typeof t.db.transaction>['execute']>[0]>[0]) => Promise<T>,
): Promise<T> {
  let result: T | undefined;
  try {
    await t.db.transaction().execute(async (trx) => {
      result = await work(trx);
      throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return result as T;
}

const sqlOutcome = (v: boolean | null) => (v === null ? 'unknown' : v ? 'yes' : 'no');

describe('the SQL compiler agrees with the in-memory evaluator', () => {
  it('on random rules over random people', { timeout: 90_000 }, async () => {
    const { id: area, path: areaPath } = (
      await t.adminQuery(`select id, path from areas where level = 'compound' limit 1`)
    ).rows[0] as { id: number; path: string };
    await fc.assert(
      fc.asyncProperty(
        todayArb.chain((today) =>
          fc.tuple(fc.constant(today), ruleArb('person'), fc.array(personArb(today), { minLength: 1, maxLength: 12 })),
        ),
        async ([today, rule, people]) => {
          await rollback(async (trx) => {
            const ids: number[] = [];
            for (const p of people) {
              const phone = `137${String(++seq).padStart(8, '0')}`;
              const row = await trx
                .insertInto('residents')
                .values({
                  area_id: area,
                  name: '测试',
                  gender: p.gender,
                  birth_date: p.birth_date,
                  phone,
                  hukou_area: p.hukou_area,
                  labels: p.labels,
                  updated_at: new Date(),
                })
                .returning('id')
                .executeTakeFirstOrThrow();
              if (p.unemployed_registered_on || p.youngest_child_birth_date || p.business_stage) {
                await trx
                  .insertInto('resident_facts')
                  .values({
                    resident_id: row.id,
                    unemployed_registered_on: p.unemployed_registered_on,
                    youngest_child_birth_date: p.youngest_child_birth_date,
                    business_stage: p.business_stage,
                  })
                  .execute();
              }
              await trx
                .updateTable('person_facts')
                .set({
                  basic_training_hours: p.basic_training_hours,
                  training_certificates: p.training_certificates,
                  skill_certificates: p.skill_certificates,
                })
                .where('resident_id', '=', row.id)
                .execute();
              ids.push(row.id);
            }
            const { rows } = await sql<{
              id: number;
              ok: boolean | null;
            }>`select r.resident_id as id, ${compileRule(rule, today)} as ok from ${subjectsFrom('person')} where r.resident_id = any(${ids}::bigint[])`.execute(
              trx,
            );
            const bySql = new Map(rows.map((r) => [r.id, sqlOutcome(r.ok)]));
            // the one-subject path: facts loaded by the repository, derived in memory
            for (const row of await personFactRows(trx, ids)) {
              expect(bySql.get(row.id), JSON.stringify({ rule, row, today })).toBe(
                outcomeOf(rule, personFacts(row, today)),
              );
            }
            expect(rows.length).toBe(people.length);
            // the street-wide count over the compound (these people and any already there) agrees with the evaluator's
            const everyone = (await trx.selectFrom('residents').select('id').where('area_id', '=', area).execute()).map(
              (r) => r.id,
            );
            const outcomes = (await personFactRows(trx, everyone)).map((row) =>
              outcomeOf(rule, personFacts(row, today)),
            );
            expect(
              await countEligible(trx, 'person', rule, today, [areaPath]),
              JSON.stringify({ rule, today }),
            ).toEqual({
              eligible: outcomes.filter((o) => o === 'yes').length,
              unknown: outcomes.filter((o) => o === 'unknown').length,
            });
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('on random rules over random enterprises and their hires', { timeout: 90_000 }, async () => {
    const { id: area, path: areaPath } = (
      await t.adminQuery(`select id, path from areas where level = 'compound' limit 1`)
    ).rows[0] as { id: number; path: string };
    const user = (await t.adminQuery(`select id from users where username = 'wangguiling'`)).rows[0].id as number;
    await fc.assert(
      fc.asyncProperty(
        todayArb.chain((today) =>
          fc.tuple(
            fc.constant(today),
            ruleArb('enterprise'),
            fc.array(enterpriseArb(today), { minLength: 1, maxLength: 6 }),
          ),
        ),
        async ([today, rule, enterprises]) => {
          await rollback(async (trx) => {
            const expected: { id: number; outcome: string }[] = [];
            for (const e of enterprises) {
              const n = ++seq;
              const ent = await trx
                .insertInto('enterprises')
                .values({
                  area_id: area,
                  name: `测试企业${n}`,
                  credit_code: `9${String(n).padStart(17, '0')}`,
                  type: e.type,
                  owner_name: '某',
                  owner_phone: '13900000099',
                  established_on: e.established_on,
                  updated_at: new Date(),
                })
                .returning('id')
                .executeTakeFirstOrThrow();
              let employees = 0;
              let hardHires = 0;
              for (const h of e.hires) {
                const res = await trx
                  .insertInto('residents')
                  .values({
                    area_id: area,
                    name: '员工',
                    phone: `136${String(++seq).padStart(8, '0')}`,
                    labels: h.hardToEmploy ? ['hard_to_employ'] : [],
                    updated_at: new Date(),
                  })
                  .returning('id')
                  .executeTakeFirstOrThrow();
                await trx
                  .insertInto('employments')
                  .values({
                    resident_id: res.id,
                    enterprise_id: ent.id,
                    area_id: area,
                    source: h.platform ? 'platform' : 'recorded',
                    start_date: h.start,
                    end_date: h.end,
                    created_by_user_id: user,
                  })
                  .execute();
                const current = h.start <= today && (h.end === null || h.end >= today);
                if (current) employees++;
                if (current && h.platform && h.hardToEmploy) hardHires++;
              }
              expected.push({
                id: ent.id,
                outcome: outcomeOf(
                  rule,
                  enterpriseFacts(
                    { type: e.type, established_on: e.established_on, employees, hard_to_employ_hires: hardHires },
                    today,
                  ),
                ),
              });
              const [loaded] = await enterpriseFactRows(trx, [ent.id], today);
              expect({ employees: loaded!.employees, hard: loaded!.hard_to_employ_hires }).toEqual({
                employees,
                hard: hardHires,
              });
            }
            const ids = expected.map((x) => x.id);
            const { rows } = await sql<{
              id: number;
              ok: boolean | null;
            }>`select e.id, ${compileRule(rule, today)} as ok from ${subjectsFrom('enterprise')} where e.id = any(${ids}::bigint[])`.execute(
              trx,
            );
            const bySql = new Map(rows.map((r) => [r.id, sqlOutcome(r.ok)]));
            for (const x of expected) expect(bySql.get(x.id), JSON.stringify({ rule, today })).toBe(x.outcome);
            // the count over the compound (these enterprises and any already there) agrees with the evaluator's
            const all = (await trx.selectFrom('enterprises').select('id').where('area_id', '=', area).execute()).map(
              (e) => e.id,
            );
            const outcomes = (await enterpriseFactRows(trx, all, today)).map((e) =>
              outcomeOf(rule, enterpriseFacts(e, today)),
            );
            expect(
              await countEligible(trx, 'enterprise', rule, today, [areaPath]),
              JSON.stringify({ rule, today }),
            ).toEqual({
              eligible: outcomes.filter((o) => o === 'yes').length,
              unknown: outcomes.filter((o) => o === 'unknown').length,
            });
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});
