/**
 * The maintained facts a scan reads (migration 0011) stay equal to their
 * sources through every kind of write: person_facts to residents and
 * resident_facts, employments.resident_hard_to_employ to the resident's labels.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/support/test-app';
import { RESIDENT_LABELS } from '../../../shared/enums';
import { labelBit, likePrefix } from './eligibility-sql';

const t = useTestApp();

/** Rows where person_facts differs from residents ⋈ resident_facts (missing, extra or different). */
async function drift(): Promise<number> {
  const { rows } = await t.adminQuery(`select count(*)::int as n from (
      (select r.id, r.area_id, resident_label_bits(r.labels), r.birth_date, r.hukou_area, r.gender, f.unemployed_registered_on, f.youngest_child_birth_date, f.business_stage
       from residents r left join resident_facts f on f.resident_id = r.id
       except select resident_id, area_id, label_bits, birth_date, hukou_area, gender, unemployed_registered_on, youngest_child_birth_date, business_stage from person_facts)
      union all
      (select resident_id, area_id, label_bits, birth_date, hukou_area, gender, unemployed_registered_on, youngest_child_birth_date, business_stage from person_facts
       except select r.id, r.area_id, resident_label_bits(r.labels), r.birth_date, r.hukou_area, r.gender, f.unemployed_registered_on, f.youngest_child_birth_date, f.business_stage
       from residents r left join resident_facts f on f.resident_id = r.id)) x`);
  return rows[0].n as number;
}

async function flagDrift(): Promise<number> {
  const { rows } =
    await t.adminQuery(`select count(*)::int as n from employments m join residents r on r.id = m.resident_id
    where m.resident_hard_to_employ <> ('hard_to_employ' = any(r.labels))`);
  return rows[0].n as number;
}

describe('maintained benefits facts', () => {
  it('number labels in the order of RESIDENT_LABELS, as the compiler does', async () => {
    for (const label of RESIDENT_LABELS) {
      const { rows } = await t.adminQuery(`select resident_label_bits(array[$1]) as bits`, [label]);
      expect(rows[0].bits, label).toBe(labelBit(label));
    }
    expect((await t.adminQuery(`select resident_label_bits('{}') as bits`)).rows[0].bits).toBe(0);
    expect((await t.adminQuery(`select resident_label_bits('{mother,graduate,mother}') as bits`)).rows[0].bits).toBe(
      labelBit('mother') | labelBit('graduate'),
    );
  });

  it("compiles a text prefix that matches LIKE's own characters literally", async () => {
    for (const [value, text, expected] of [
      ['青岛%', '青岛市', false],
      ['a_c', 'abc', false],
      ['a_c', 'a_cd', true],
      ['a\\b', 'a\\bc', true],
      ['', '', true],
    ] as const) {
      const { rows } = await t.adminQuery(`select $1::text like $2::text as ok`, [text, likePrefix(value)]);
      expect(rows[0].ok, `${text} starts with ${value}`).toBe(expected);
    }
  });

  it('follow residents, recorded facts and employments through inserts, updates, upserts and deletes', async () => {
    expect(await drift()).toBe(0);
    expect(await flagDrift()).toBe(0);
    const { id: area } = (await t.adminQuery(`select id from areas where level = 'compound' order by id limit 1`))
      .rows[0];
    const { id: other } = (
      await t.adminQuery(`select id from areas where level = 'compound' order by id offset 1 limit 1`)
    ).rows[0];
    const { id: user } = (await t.adminQuery(`select id from users where username = 'wangguiling'`)).rows[0];
    const { id: enterprise } = (await t.adminQuery(`select id from enterprises order by id limit 1`)).rows[0];
    const inserted = await t.db
      .insertInto('residents')
      .values([
        {
          area_id: area,
          name: '甲',
          gender: 'female',
          birth_date: '1990-05-01',
          phone: '13799990001',
          hukou_area: '青岛市黄岛区',
          labels: ['mother'],
          updated_at: new Date(),
        },
        {
          area_id: area,
          name: '乙',
          gender: null,
          birth_date: null,
          phone: '13799990002',
          hukou_area: null,
          labels: [],
          updated_at: new Date(),
        },
      ])
      .returning('id')
      .execute();
    const [a, b] = inserted.map((r) => r.id) as [number, number];
    expect(await drift()).toBe(0);

    // an employment records whether its resident is hard to employ, and follows their labels
    await t.db
      .insertInto('employments')
      .values({
        resident_id: b,
        enterprise_id: enterprise,
        area_id: area,
        source: 'platform',
        start_date: '2026-01-01',
        end_date: null,
        created_by_user_id: user,
      })
      .execute();
    expect(await flagDrift()).toBe(0);
    await t.db
      .updateTable('residents')
      .set({ labels: ['hard_to_employ'], birth_date: '1970-02-03', area_id: other })
      .where('id', '=', b)
      .execute();
    expect(await drift()).toBe(0);
    const flag = await t.db
      .selectFrom('employments')
      .select('resident_hard_to_employ')
      .where('resident_id', '=', b)
      .executeTakeFirstOrThrow();
    expect(flag.resident_hard_to_employ).toBe(true);
    // nobody can set the flag against the labels
    await sql`update employments set resident_hard_to_employ = false where resident_id = ${b}`.execute(t.db);
    expect(await flagDrift()).toBe(0);
    await t.db.updateTable('residents').set({ labels: [] }).where('id', '=', b).execute();
    expect(await flagDrift()).toBe(0);

    // recorded facts: insert, upsert, update, delete
    await t.db
      .insertInto('resident_facts')
      .values({ resident_id: a, youngest_child_birth_date: '2025-01-01', unemployed_registered_on: null })
      .execute();
    expect(await drift()).toBe(0);
    await t.db
      .insertInto('resident_facts')
      .values({ resident_id: a, unemployed_registered_on: '2026-02-01', youngest_child_birth_date: '2024-06-01' })
      .onConflict((oc) =>
        oc
          .column('resident_id')
          .doUpdateSet({ unemployed_registered_on: '2026-02-01', youngest_child_birth_date: '2024-06-01' }),
      )
      .execute();
    expect(await drift()).toBe(0);
    await t.db
      .updateTable('resident_facts')
      .set({ unemployed_registered_on: null })
      .where('resident_id', '=', a)
      .execute();
    expect(await drift()).toBe(0);
    await t.db.deleteFrom('resident_facts').where('resident_id', '=', a).execute();
    expect(await drift()).toBe(0);
    await t.db
      .updateTable('residents')
      .set({ hukou_area: '潍坊市诸城市', gender: 'male' })
      .where('id', 'in', [a, b])
      .execute();
    expect(await drift()).toBe(0);
  });
});
