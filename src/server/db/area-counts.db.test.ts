import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/support/test-app';

const t = useTestApp();

async function drift() {
  const { rows } = await t.adminQuery(`
    select a.id, c.residents, c.enterprises,
           (select count(*)::int from residents r where r.area_id = a.id) actual_residents,
           (select count(*)::int from enterprises e where e.area_id = a.id) actual_enterprises
    from areas a left join area_counts c on c.area_id = a.id
    where coalesce(c.residents, 0) <> (select count(*) from residents r where r.area_id = a.id)
       or coalesce(c.enterprises, 0) <> (select count(*) from enterprises e where e.area_id = a.id)`);
  return rows;
}

describe('per-area counts', () => {
  it('match the rows after seeding, bulk inserts, moves and deletes', async () => {
    expect(await drift()).toEqual([]);
    const { rows: compounds } = await t.adminQuery(`select id from areas where level = 'compound' order by id limit 2`);
    const [a, b] = compounds.map((r) => r.id as number);
    await t.adminQuery(
      `insert into residents (area_id, name, phone, updated_at)
       select case when g % 2 = 0 then $1::bigint else $2::bigint end, '批量' || g, '1370001' || lpad(g::text, 4, '0'), now()
       from generate_series(1, 50) g`,
      [a, b],
    );
    expect(await drift()).toEqual([]);
    await t.adminQuery(`update residents set area_id = $1 where name like '批量%' and area_id = $2`, [a, b]);
    await t.adminQuery(`update residents set name = name || '改' where name like '批量%'`);
    expect(await drift()).toEqual([]);
    await t.adminQuery(`delete from residents where name like '批量%' and right(phone, 1) in ('1', '3', '5')`);
    expect(await drift()).toEqual([]);
  });
});
