/**
 * The street's micro-factories opened earlier in the year (SPEC §1: "20余家微工厂, 近200个岗位"):
 * 21 more factories in idle rooms of the four communities, opened January to September, each
 * with the neighbours on its roll (its owner is not a resident of the demo). Each keeps
 * one settled, paid day (30 September); the month of daily records belongs to the five factories
 * of the article. The dashboard counts them and their jobs.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Insertable, type Transaction } from 'kysely';
import type { FACTORY_INDUSTRIES } from '../../../shared/piecework/enums';
import type { Database } from '../../db/types';
import { chineseName, fictionalCreditCode, seededRandom } from '../../db/seed/random';
import { settleDaySetBased } from './piecework.repository';

type Trx = Transaction<Database>;

/**
 * [compound, factory name, industry, workers] — 13 factories of 8 and 8 of 7: 160 jobs on the roll when they
 * opened; each took on two more neighbours later in the year (LATER_HIRES), about 200 jobs by October.
 */
const YEAR_FACTORIES: readonly [string, string, (typeof FACTORY_INDUSTRIES)[number], number][] = [
  ['安远路小区', '安远路手工皂微工厂', 'handicraft', 8],
  ['珠江路宿舍', '珠江路电子线束微工厂', 'electronics', 8],
  ['安远路小区', '安远路发饰加工微工厂', 'accessories', 7],
  ['珠江路宿舍', '珠江路毛绒玩具微工厂', 'handicraft', 8],
  ['复兴社区A区', '复兴童装钉扣微工厂', 'garments', 8],
  ['复兴社区A区', '复兴化妆刷装配微工厂', 'cosmetics_packing', 7],
  ['复兴社区A区', '复兴布艺包缝制微工厂', 'bags', 8],
  ['复兴社区A区', '复兴礼盒折叠微工厂', 'other', 7],
  ['复兴社区A区', '复兴毛线编织微工厂', 'handicraft', 8],
  ['铁橛山路小区', '铁橛山海带结分装微工厂', 'food', 8],
  ['嘉陵江路公寓', '嘉陵江路耳机线缠绕微工厂', 'electronics', 7],
  ['铁橛山路小区', '铁橛山中国结编织微工厂', 'handicraft', 8],
  ['嘉陵江路公寓', '嘉陵江路面点分装微工厂', 'food', 7],
  ['铁橛山路小区', '铁橛山帆布包微工厂', 'bags', 8],
  ['王戈庄新村', '王戈庄草编微工厂', 'handicraft', 8],
  ['王戈庄新村', '王戈庄贝壳饰品微工厂', 'accessories', 7],
  ['王戈庄新村', '王戈庄渔网修补微工厂', 'other', 8],
  ['王戈庄新村', '王戈庄剪纸文创微工厂', 'handicraft', 7],
  ['安远路小区', '安远路口罩耳带微工厂', 'other', 8],
  ['复兴社区A区', '复兴睫毛盒装微工厂', 'cosmetics_packing', 7],
  ['铁橛山路小区', '铁橛山围裙缝制微工厂', 'garments', 8],
];
/** The names of the year's factories (and their enterprises), for the subsidies they received. */
export const YEAR_FACTORY_NAMES = (): string[] => YEAR_FACTORIES.map(([, name]) => name);

const PRODUCT_OF: Record<(typeof FACTORY_INDUSTRIES)[number], string> = {
  bags: '手提袋缝边',
  garments: '衣物钉扣',
  food: '食品分装',
  accessories: '饰品串装',
  cosmetics_packing: '化妆品装盒',
  electronics: '线束装配',
  handicraft: '手工编织',
  other: '折叠包装',
};

const SETTLED_DAY = '2026-09-30';
/** Neighbours each factory took on after it opened, between its opening and 20 October. */
const LATER_HIRES = 2;

const day = (month: number, dayOfMonth: number) =>
  `2026-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;

export async function seedPieceworkYear(trx: Trx, areaId: (name: string) => number, streetUserId: number) {
  const rand = seededRandom(20260101);
  // Residents not yet on any factory's roll, by community, who have no account of their own in the demo.
  const free = await trx
    .selectFrom('residents as r')
    .innerJoin('areas as a', 'a.id', 'r.area_id')
    .select(['r.id', 'r.name', 'a.parent_id'])
    .where('r.phone', 'not like', '139%')
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('factory_workers as w').select('w.id').whereRef('w.resident_id', '=', 'r.id'))),
    )
    .orderBy('r.id')
    .execute();
  const taken = new Set<number>();
  const settled: number[] = [];
  const openedFactories: { factoryId: number; community: number | null; day: string }[] = [];
  const records: Insertable<Database['piece_records']>[] = [];
  for (const [i, [compound, name, industry, workers]] of YEAR_FACTORIES.entries()) {
    const area = areaId(compound);
    const opened = day(1 + (i % 9), 3 + ((i * 7) % 24));
    const enterprise = await trx
      .insertInto('enterprises')
      .values({
        area_id: area,
        name,
        // numbered apart from the article's enterprises
        credit_code: fictionalCreditCode(7000 + i),
        type: 'micro_factory',
        owner_name: chineseName(rand, 'female'),
        owner_phone: `137${String(20260000 + i)}`,
        established_on: opened,
        verified_at: new Date(`${opened}T10:00:00+08:00`),
        verified_by_user_id: streetUserId,
        created_at: new Date(`${opened}T09:00:00+08:00`),
        updated_at: new Date(`${opened}T10:00:00+08:00`),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const venue = await trx
      .insertInto('venues')
      .values({
        area_id: area,
        address: `${compound}${1 + (i % 12)}号楼闲置用房`,
        area_sqm: 60 + rand.int(0, 8) * 10,
        owner_name: `${compound}业主委员会`,
        status: 'in_use',
        created_by_user_id: streetUserId,
        created_at: new Date(`${opened}T08:00:00+08:00`),
        updated_at: new Date(`${opened}T10:00:00+08:00`),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const factory = await trx
      .insertInto('micro_factories')
      .values({
        area_id: area,
        enterprise_id: enterprise.id,
        venue_id: venue.id,
        name,
        industry,
        workstations: workers + 2,
        opening_hours: '08:30-15:30',
        status: 'operating',
        invite_code: `YEAR${String(i + 1).padStart(2, '0')}${industry
          .replace(/[^a-z]/g, '')
          .slice(0, 6)
          .toUpperCase()}`,
        verified_at: new Date(`${opened}T10:00:00+08:00`),
        verified_by_user_id: streetUserId,
        created_by_user_id: streetUserId,
        created_at: new Date(`${opened}T10:00:00+08:00`),
        updated_at: new Date(`${opened}T10:00:00+08:00`),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // one product at a piece rate, in force from the day it opened
    const product = await trx
      .insertInto('factory_products')
      .values({ factory_id: factory.id, name: PRODUCT_OF[industry], unit: 'piece' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('piece_rates')
      .values({
        product_id: product.id,
        effective_from: opened,
        rate_e4: 1000 * (2 + (i % 9)),
        created_by_user_id: streetUserId,
      })
      .execute();
    const community = (
      await trx.selectFrom('areas').select('parent_id').where('id', '=', area).executeTakeFirstOrThrow()
    ).parent_id;
    const near = free.filter((r) => !taken.has(r.id) && r.parent_id === community);
    const rest = free.filter((r) => !taken.has(r.id) && r.parent_id !== community);
    // A small street (the tests') has fewer neighbours than the demo's jobs: once every one is on
    // a roll, a factory takes two who already work elsewhere part of the week.
    let roll = [...near, ...rest].slice(0, workers);
    if (roll.length === 0 && free.length > 0)
      roll = [free[(2 * i) % free.length]!, free[(2 * i + 1) % free.length]!].filter(
        (r, k, all) => all.indexOf(r) === k,
      );
    for (const r of roll) taken.add(r.id);
    if (roll.length === 0) continue;
    openedFactories.push({ factoryId: factory.id, community, day: opened });
    const rolled = await trx
      .insertInto('factory_workers')
      .values(
        roll.map((r, k) => ({
          factory_id: factory.id,
          resident_id: r.id,
          joined_on: k < 3 ? opened : day(Math.min(10, 2 + (i % 9) + (k % 3)), 1 + k),
          created_at: new Date(`${opened}T10:00:00+08:00`),
        })),
      )
      .returning(['id', 'joined_on'])
      .execute();
    // The last day of September, settled and paid: every factory's books have a day in them.
    for (const w of rolled.filter((x) => x.joined_on <= SETTLED_DAY))
      records.push({
        factory_id: factory.id,
        worker_id: w.id,
        product_id: product.id,
        work_date: SETTLED_DAY,
        quantity: rand.int(120, 260),
        rate_e4: 1000 * (2 + (i % 9)),
        state: 1,
        client_key: randomUUID(),
        created_by_user_id: streetUserId,
      });
    settled.push(factory.id);
  }
  // Later in the year each factory took on neighbours who were still free, nearest first, on days
  // between its opening and 20 October; they have no day on the books before they joined.
  for (let k = 0; k < LATER_HIRES; k++)
    for (const [i, f] of openedFactories.entries()) {
      const next =
        free.find((r) => !taken.has(r.id) && r.parent_id === f.community) ?? free.find((r) => !taken.has(r.id));
      if (!next) break;
      taken.add(next.id);
      const from = Date.parse(`${f.day}T00:00:00Z`);
      const span = Date.parse('2026-10-20T00:00:00Z') - from;
      const joined = new Date(from + Math.floor((span * (1 + ((i + k * 11) % 19))) / 20 / 86_400_000) * 86_400_000);
      await trx
        .insertInto('factory_workers')
        .values({
          factory_id: f.factoryId,
          resident_id: next.id,
          joined_on: joined.toISOString().slice(0, 10),
          created_at: new Date(`${joined.toISOString().slice(0, 10)}T10:00:00+08:00`),
        })
        .execute();
    }
  if (records.length === 0) return;
  await trx.insertInto('piece_records').values(records).execute();
  await sql`
    insert into piece_day_totals (factory_id, work_date, worker_id, product_id, quantity, amount_e4)
    select factory_id, work_date, worker_id, product_id, sum(quantity), sum(quantity::bigint * rate_e4)
    from piece_records where work_date = ${SETTLED_DAY}::date and factory_id = any(${settled}::int[])
    group by factory_id, work_date, worker_id, product_id`.execute(trx);
  const areas = [...new Set(YEAR_FACTORIES.map(([compound]) => areaId(compound)))];
  await settleDaySetBased(trx, {
    day: SETTLED_DAY,
    factoryIds: settled,
    floors: areas.map((a) => ({ areaId: a, floor: 2200 })),
    userId: null,
    now: new Date(`${SETTLED_DAY}T17:00:00+08:00`),
  });
  // confirmed, then paid and acknowledged: the steps the owner and workers take, one at a time
  await sql`update settlements set status = 'confirmed', confirmed_at = created_at
    where work_date = ${SETTLED_DAY}::date and factory_id = any(${settled}::int[])`.execute(trx);
  await sql`update settlements set status = 'paid', paid_at = created_at + interval '1 hour', pay_method = 'wechat'
    where work_date = ${SETTLED_DAY}::date and factory_id = any(${settled}::int[])`.execute(trx);
  await sql`update settlement_lines set status = 'acknowledged'
    where work_date = ${SETTLED_DAY}::date and factory_id = any(${settled}::int[])`.execute(trx);
}
