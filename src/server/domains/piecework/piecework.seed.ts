/**
 * The article's micro-factories (SPEC §3.1 scenario): 窦金花's factory in
 * 复兴社区B区 packs 气垫粉扑 with 10 workers over the last 30 days; 宋秀秀
 * stepped out for an hour yesterday and came back, and earned under 100元; the
 * 箱包, 服装, 食品 and 饰品 factories with their workers; one settlement unpaid
 * past the alert days. Written set-based: one INSERT per table.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { businessDay } from '../../../shared/dates';
import { foldPresence, type PresenceKind } from '../../../shared/schemas/piecework-rules';
import { settleDaySetBased } from './piecework.repository';
import { raisePieceworkAlerts } from './settlements.service';
import type { Database } from '../../db/types';
import { seededRandom } from '../../db/seed/random';
import { seedPieceworkYear } from './piecework-year.seed';

type Trx = Transaction<Database>;

const FACTORIES = [
  {
    enterprise: '金花粉扑包装微工厂',
    industry: 'cosmetics_packing',
    venue: { area: '复兴社区B区', address: '复兴社区B区12号楼一层闲置车库', sqm: 120, owner: '复兴社区居委会' },
    workstations: 12,
    hours: '08:30-15:30',
    workers: 10,
    products: [
      { name: '气垫粉扑装盒', unit: 'piece', rateE4: 500, range: [1500, 1900] },
      { name: '粉扑贴标', unit: 'piece', rateE4: 300, range: [200, 400] },
    ],
  },
  {
    enterprise: '安远箱包加工微工厂',
    industry: 'bags',
    venue: { area: '安远路小区', address: '安远路小区3号楼底商', sqm: 90, owner: '安远路社区居委会' },
    workstations: 8,
    hours: '08:00-17:00',
    workers: 7,
    products: [{ name: '手提袋缝边', unit: 'item', rateE4: 18000, range: [40, 70] }],
  },
  {
    enterprise: '复兴服装缝纫微工厂',
    industry: 'garments',
    venue: { area: '复兴社区A区', address: '复兴社区A区活动中心二楼', sqm: 150, owner: '复兴社区居委会' },
    workstations: 15,
    hours: '08:30-16:30',
    workers: 8,
    products: [{ name: '童装锁边', unit: 'item', rateE4: 12500, range: [60, 100] }],
  },
  {
    enterprise: '铁橛山食品分装微工厂',
    industry: 'food',
    venue: { area: '嘉陵江路公寓', address: '嘉陵江路公寓1号楼地下一层', sqm: 110, owner: '铁橛山路社区居委会' },
    workstations: 10,
    hours: '07:30-15:30',
    workers: 6,
    products: [{ name: '海苔分装', unit: 'box', rateE4: 7000, range: [150, 200] }],
  },
  {
    enterprise: '王戈庄饰品串珠微工厂',
    industry: 'accessories',
    venue: { area: '王戈庄新村', address: '王戈庄新村村委会东厢房', sqm: 80, owner: '王戈庄社区居委会' },
    workstations: 8,
    hours: '09:00-16:00',
    workers: 6,
    products: [{ name: '串珠手链', unit: 'piece', rateE4: 10000, range: [90, 130] }],
  },
] as const;

/** A worker of 金花粉扑包装微工厂 who has the app (fictional number). */
export const DEMO_WORKER_PHONE = '13900000011';

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** A Shanghai wall-clock time on a business day. */
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`);

export async function seedPiecework(trx: Trx, areaId: (name: string) => number, now = new Date()): Promise<void> {
  const rand = seededRandom(20261130);
  const today = businessDay(now);
  const staff = await trx.selectFrom('users').select(['id', 'username']).where('kind', '=', 'staff').execute();
  const userOf = (u: string) => staff.find((s) => s.username === u)!.id;
  const officerOf: Record<string, string> = {
    复兴社区B区: 'fuxing01',
    复兴社区A区: 'fuxing01',
    安远路小区: 'anyuan01',
    嘉陵江路公寓: 'tiejue01',
    王戈庄新村: 'wanggezhuang01',
  };
  const street = userOf('wangguiling');
  const songxiuxiu = await trx
    .selectFrom('residents')
    .select('id')
    .where('phone', '=', '13900000002')
    .executeTakeFirstOrThrow();
  const taken = new Set<number>([songxiuxiu.id]);
  // 张丽 and the owners are not among the workers: 张丽 is still looking (SPEC §3.2).
  for (const phone of ['13900000001', '13900000010']) {
    const r = await trx.selectFrom('residents').select('id').where('phone', '=', phone).executeTakeFirst();
    if (r) taken.add(r.id);
  }

  const venueRows = await trx
    .insertInto('venues')
    .values(
      FACTORIES.map((f) => ({
        area_id: areaId(f.venue.area),
        address: f.venue.address,
        area_sqm: f.venue.sqm,
        owner_name: f.venue.owner,
        status: 'in_use' as const,
        created_by_user_id: userOf(officerOf[f.venue.area]!),
        updated_at: now,
      })),
    )
    .returning('id')
    .execute();
  // Two idle rooms still waiting for a factory.
  await trx
    .insertInto('venues')
    .values([
      {
        area_id: areaId('铁橛山路小区'),
        address: '铁橛山路小区7号楼闲置仓库',
        area_sqm: 60,
        owner_name: '铁橛山路社区居委会',
        created_by_user_id: userOf('tiejue01'),
        updated_at: now,
      },
      {
        area_id: areaId('珠江路宿舍'),
        address: '珠江路宿舍原锅炉房',
        area_sqm: 75,
        owner_name: '安远路社区居委会',
        created_by_user_id: userOf('anyuan01'),
        updated_at: now,
      },
    ])
    .execute();

  const presence: {
    factory_id: number;
    worker_id: number;
    work_date: string;
    kind: PresenceKind;
    at: Date;
    client_key: string;
    created_by_user_id: number;
  }[] = [];
  const presenceDays: {
    worker_id: number;
    work_date: string;
    factory_id: number;
    state: 'in' | 'out' | 'done';
    minutes_present: number;
    since: Date | null;
  }[] = [];
  const records: {
    factory_id: number;
    worker_id: number;
    product_id: number;
    work_date: string;
    quantity: number;
    rate_e4: number;
    state: 1;
    client_key: string;
    created_by_user_id: number;
  }[] = [];
  const opened = addDays(today, -30);
  const yesterday = addDays(today, -1);
  let songWorkerId = 0;
  let demoWorkerId = 0;
  // 复兴服装缝纫微工厂's last worker, an older neighbour without the app: her newest day's pay waits for the
  // community officer to acknowledge it with her (代办), as the officers' browser journey does.
  let assistedWorkerId = 0;
  const factoryIds: number[] = [];

  for (const [i, f] of FACTORIES.entries()) {
    const enterprise = await trx
      .selectFrom('enterprises')
      .select(['id', 'area_id', 'owner_phone'])
      .where('name', '=', f.enterprise)
      .executeTakeFirstOrThrow();
    const owner = await trx
      .selectFrom('users')
      .select('id')
      .where('phone', '=', enterprise.owner_phone)
      .executeTakeFirst();
    const createdBy = owner?.id ?? street;
    const factory = await trx
      .insertInto('micro_factories')
      .values({
        area_id: areaId(f.venue.area),
        enterprise_id: enterprise.id,
        venue_id: venueRows[i]!.id,
        name: f.enterprise,
        industry: f.industry,
        workstations: f.workstations,
        opening_hours: f.hours,
        status: 'operating',
        invite_code: `DEMO${String(i + 1).padStart(2, '0')}${f.industry
          .replace(/[^a-z]/g, '')
          .slice(0, 6)
          .toUpperCase()}`,
        verified_at: now,
        verified_by_user_id: street,
        created_by_user_id: createdBy,
        // registered when its first rates took effect, a month before the month of records
        created_at: at(addDays(opened, -30), '08:00'),
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    factoryIds.push(factory.id);
    const products = await trx
      .insertInto('factory_products')
      .values(f.products.map((p) => ({ factory_id: factory.id, name: p.name, unit: p.unit })))
      .returning('id')
      .execute();
    await trx
      .insertInto('piece_rates')
      .values(
        f.products.map((p, k) => ({
          product_id: products[k]!.id,
          effective_from: addDays(opened, -30),
          rate_e4: p.rateE4,
          created_by_user_id: createdBy,
        })),
      )
      .execute();

    // Workers: residents of the factory's community, near home.
    const community = await trx
      .selectFrom('areas')
      .select('parent_id')
      .where('id', '=', areaId(f.venue.area))
      .executeTakeFirstOrThrow();
    const candidates = await trx
      .selectFrom('residents as r')
      .innerJoin('areas as a', 'a.id', 'r.area_id')
      .select('r.id')
      .where((eb) => eb.or([eb('a.parent_id', '=', community.parent_id!), eb('a.id', '=', community.parent_id!)]))
      .orderBy('r.id')
      .execute();
    const chosen: number[] = i === 0 ? [songxiuxiu.id] : [];
    for (const c of candidates) {
      if (chosen.length >= f.workers) break;
      if (!taken.has(c.id)) {
        chosen.push(c.id);
        taken.add(c.id);
      }
    }
    if (chosen.length === 0) continue;
    const workers = await trx
      .insertInto('factory_workers')
      .values(chosen.map((residentId) => ({ factory_id: factory.id, resident_id: residentId, joined_on: opened })))
      .returning(['id', 'resident_id'])
      .execute();
    if (i === 0) {
      songWorkerId = workers.find((w) => w.resident_id === songxiuxiu.id)!.id;
      // A second worker with the app and a fixed demo phone, so a demo (and the browser journey) can
      // acknowledge a day's pay without touching 宋秀秀's own story.
      const second = workers.find((w) => w.resident_id !== songxiuxiu.id);
      if (second) {
        const r = await trx
          .updateTable('residents')
          .set({ phone: DEMO_WORKER_PHONE, updated_at: now })
          .where('id', '=', second.resident_id)
          .returning('name')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('users')
          .values({
            kind: 'resident',
            role: 'resident',
            display_name: r.name,
            phone: DEMO_WORKER_PHONE,
            resident_id: second.resident_id,
            updated_at: now,
          })
          .execute();
        demoWorkerId = second.id;
      }
    }

    if (f.enterprise === '复兴服装缝纫微工厂') assistedWorkerId = workers.at(-1)!.id;

    for (let d = 0; d < 30; d++) {
      const day = addDays(opened, d);
      const sunday = new Date(`${day}T00:00:00Z`).getUTCDay() === 0;
      for (const w of workers) {
        const song = w.id === songWorkerId && day === yesterday;
        // Sundays off, and a day at home now and then, never penalised.
        if (!song && (sunday || rand.next() < 0.1)) continue;
        const steps: [PresenceKind, string][] = song
          ? [
              ['check_in', '09:00'],
              ['step_out', '10:30'],
              ['come_back', '11:30'],
              ['check_out', '14:00'],
            ]
          : [
              ['check_in', rand.pick(['08:30', '08:45', '09:00'])],
              ['check_out', rand.pick(['12:30', '13:00', '13:30'])],
            ];
        const events = steps.map(([kind, t]) => ({ kind, at: at(day, t) }));
        for (const e of events)
          presence.push({
            factory_id: factory.id,
            worker_id: w.id,
            work_date: day,
            kind: e.kind,
            at: e.at,
            client_key: randomUUID(),
            created_by_user_id: createdBy,
          });
        const folded = foldPresence(events)!;
        presenceDays.push({
          worker_id: w.id,
          work_date: day,
          factory_id: factory.id,
          state: folded.state as 'done',
          minutes_present: folded.minutesPresent,
          since: null,
        });
        for (const [k, p] of f.products.entries()) {
          // 宋秀秀's short day: 1,900 puffs boxed at 0.05元 and 100 labels at 0.03元 = 98元.
          const quantity = song ? (k === 0 ? 1900 : 100) : rand.int(p.range[0], p.range[1]);
          records.push({
            factory_id: factory.id,
            worker_id: w.id,
            product_id: products[k]!.id,
            work_date: day,
            quantity,
            rate_e4: p.rateE4,
            state: 1,
            client_key: randomUUID(),
            created_by_user_id: createdBy,
          });
        }
      }
    }
  }

  for (let i = 0; i < presence.length; i += 2000)
    await trx
      .insertInto('presence_events')
      .values(presence.slice(i, i + 2000))
      .execute();
  for (let i = 0; i < presenceDays.length; i += 2000)
    await trx
      .insertInto('presence_days')
      .values(presenceDays.slice(i, i + 2000))
      .execute();
  for (let i = 0; i < records.length; i += 2000)
    await trx
      .insertInto('piece_records')
      .values(records.slice(i, i + 2000))
      .execute();
  await sql`
    insert into piece_day_totals (factory_id, work_date, worker_id, product_id, quantity, amount_e4)
    select factory_id, work_date, worker_id, product_id, sum(quantity), sum(quantity::bigint * rate_e4)
    from piece_records where state = 1 group by factory_id, work_date, worker_id, product_id`.execute(trx);

  // Every past day is settled; all are paid and acknowledged except: 宋秀秀's line of yesterday and the
  // newest of the demo worker's and of 复兴服装's older worker (paid, waiting for them), and 安远箱包's day
  // five days ago (confirmed, unpaid: in arrears).
  const areas = await trx.selectFrom('micro_factories').select('area_id').distinct().execute();
  const floors = areas.map((a) => ({ areaId: a.area_id, floor: 2200 }));
  for (let d = 0; d < 30; d++) {
    const day = addDays(opened, d);
    await settleDaySetBased(trx, { day, factoryIds: factoryIds, floors, userId: null, now: at(day, '17:00') });
  }
  const bags = factoryIds[1]!;
  const overdue = (
    await sql<{
      d: string;
    }>`select max(work_date)::text as d from settlements where factory_id = ${bags} and work_date <= ${addDays(today, -5)}::date`.execute(
      trx,
    )
  ).rows[0]!.d;
  await sql`
    update settlements set status = 'confirmed', confirmed_at = created_at
    where factory_id = ${bags} and work_date = ${overdue}::date`.execute(trx);
  // confirmed, then paid: the steps the owner takes, one at a time (settlements only move forward, 0021)
  await sql`
    update settlements set status = 'confirmed', confirmed_at = created_at
    where not (factory_id = ${bags} and work_date = ${overdue}::date)`.execute(trx);
  await sql`
    update settlements set status = 'paid', paid_at = created_at + interval '1 hour',
      pay_method = case when factory_id % 3 = 0 then 'cash' when factory_id % 3 = 1 then 'wechat' else 'bank' end
    where not (factory_id = ${bags} and work_date = ${overdue}::date)`.execute(trx);
  await sql`
    update settlement_lines set status = 'acknowledged'
    where not (worker_id = ${songWorkerId} and work_date = ${yesterday}::date)
      and not (worker_id = ${demoWorkerId} and work_date = (select max(work_date) from settlement_lines where worker_id = ${demoWorkerId}))
      and not (worker_id = ${assistedWorkerId} and work_date = (select max(work_date) from settlement_lines where worker_id = ${assistedWorkerId}))
      and settlement_id in (select id from settlements where status = 'paid')`.execute(trx);
  // The arrears and wage-floor alerts are in the officers' inboxes from the start.
  await raisePieceworkAlerts(trx, now);
  // The factories the street opened earlier in the year, with their rolls.
  await seedPieceworkYear(trx, areaId, street);
}
