/**
 * Piecework data at the piecework issue's scale (× --scale): 1,000
 * micro-factories (100 of them with 50 workers × 5 products), 20,000 workers
 * and 10 million piece records over the last 30 days, written a day at a time
 * as the app writes them, with their day rollup and presence, then vacuumed.
 * Generated set-based, once per run: a second benchmark asking for it gets the
 * same factories.
 */
import { sql } from 'kysely';
import { businessDay } from '../../src/shared/dates';
import type { Db } from '../../src/server/db/client';
import { settleAllFactoriesDay } from '../../src/server/domains/piecework/settlements.service';
import type { BenchContext } from './types';

export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export interface PieceworkData {
  /** Every generated factory with its operator (the owner who signs in by phone). */
  factories: { id: number; operator_resident_id: number }[];
  /** The factories of 50 workers × 5 products. */
  big: number[];
  /** The others (a few workers each). */
  small: number[];
  workerCount: number;
  records: number;
  /** The first of the 30 generated days; the last is `today`. */
  first: string;
  today: string;
  /** The street officer the generated rows name as their creator. */
  user: number;
  seconds: number;
}

const generated = new WeakMap<Db, Promise<PieceworkData>>();

export function generatePiecework(ctx: BenchContext): Promise<PieceworkData> {
  let data = generated.get(ctx.db);
  if (!data) {
    data = generate(ctx);
    generated.set(ctx.db, data);
  }
  return data;
}

async function generate(ctx: BenchContext): Promise<PieceworkData> {
  const db = ctx.db;
  const s = ctx.scaleFactor;
  const F = Math.max(10, Math.round(1000 * s));
  const BIG = Math.max(2, Math.round(100 * s));
  const W = Math.max(BIG * 50 + (F - BIG) * 3, Math.round(20000 * s));
  const today = businessDay(new Date());
  const first = addDays(today, -29);
  const user = (
    await db.selectFrom('users').select('id').where('username', '=', 'wangguiling').executeTakeFirstOrThrow()
  ).id;
  const residents = (await db.selectFrom('residents').select('id').orderBy('id').execute()).map((r) => r.id);
  if (residents.length < 50) throw new Error('piecework needs at least 50 residents (--residents)');
  const compounds = (await db.selectFrom('areas').select('id').where('level', '=', 'compound').execute()).map(
    (a) => a.id,
  );

  const t0 = Date.now();
  ctx.log(`  piecework data: generating ${F.toLocaleString('en')} factories, ${W.toLocaleString('en')} workers…`);
  await sql`
    insert into micro_factories (area_id, operator_resident_id, name, industry, workstations, opening_hours, status, invite_code, verified_at, created_by_user_id, updated_at)
    select (${compounds}::bigint[])[1 + i % ${compounds.length}], (${residents}::bigint[])[1 + (i * 7) % ${residents.length}],
           'bench factory ' || i, 'other', 50, '08:00-17:00', 'operating', 'BENCH' || lpad(i::text, 8, '0'), now(), ${user}, now()
    from generate_series(1, ${F}) i`.execute(db);
  const factories = (
    await sql<{
      id: number;
      operator_resident_id: number;
    }>`select id, operator_resident_id from micro_factories where invite_code like 'BENCH%' order by invite_code`.execute(
      db,
    )
  ).rows;
  const fids = factories.map((f) => f.id);
  const big = fids.slice(0, BIG);
  const small = fids.slice(BIG);
  await sql`
    insert into factory_products (factory_id, name, unit)
    select f, 'bench product ' || k, 'piece' from unnest(${fids}::bigint[]) f, generate_series(1, 5) k`.execute(db);
  await sql`
    insert into piece_rates (product_id, effective_from, rate_e4, created_by_user_id)
    select p.id, ${addDays(first, -30)}::date, 300 + (p.id % 40) * 25, ${user} from factory_products p where p.factory_id = any(${fids}::bigint[])`.execute(
    db,
  );
  await sql`
    insert into factory_workers (factory_id, resident_id, joined_on)
    select f, (${residents}::bigint[])[1 + ((ord - 1) * 50 + k) % ${residents.length}], ${first}::date
    from unnest(${big}::bigint[]) with ordinality as t(f, ord), generate_series(0, 49) k`.execute(db);
  await sql`
    insert into factory_workers (factory_id, resident_id, joined_on)
    select (${small}::bigint[])[1 + j % ${small.length}], (${residents}::bigint[])[1 + (j + 7919) % ${residents.length}], ${first}::date
    from generate_series(0, ${W - BIG * 50 - 1}) j
    on conflict do nothing`.execute(db);
  const workerCount = (
    await sql<{
      n: number;
    }>`select count(*)::int as n from factory_workers where factory_id = any(${fids}::bigint[])`.execute(db)
  ).rows[0]!.n;
  await sql`
    insert into presence_days (worker_id, work_date, factory_id, state, minutes_present, since)
    select w.id, ${first}::date + d, w.factory_id, 'done', 240 + (w.id + d) % 240, null
    from factory_workers w, generate_series(0, 29) d where w.factory_id = any(${fids}::bigint[])`.execute(db);

  // About 3⅓ records per worker, product and day: 10M at scale 1. Written a day at a
  // time, as the app writes them (records arrive day by day, and each day's rollup
  // rows are created that day), so a day's rows sit together on disk as in use.
  for (let d = 0; d < 30; d++) {
    await sql`
      with records as (
        insert into piece_records (factory_id, worker_id, product_id, work_date, quantity, rate_e4, state, client_key, created_by_user_id)
        select w.factory_id, w.id, p.id, ${first}::date + ${d}::int, 1 + (w.id * 31 + ${d}::int * 17 + k * 7 + p.id) % 40, r.rate_e4, 1, gen_random_uuid(), ${user}
        from factory_workers w
        join factory_products p on p.factory_id = w.factory_id
        join piece_rates r on r.product_id = p.id
        cross join generate_series(1, 4) k
        where w.factory_id = any(${fids}::bigint[]) and (k <= 3 or (w.id + ${d}::int + p.id) % 3 = 0)
        returning factory_id, work_date, worker_id, product_id, quantity, rate_e4
      )
      insert into piece_day_totals (factory_id, work_date, worker_id, product_id, quantity, amount_e4)
      select factory_id, work_date, worker_id, product_id, sum(quantity), sum(quantity::bigint * rate_e4)
      from records group by 1, 2, 3, 4`.execute(db);
    if (d % 10 === 9) ctx.log(`  piecework data: records ${(((d + 1) / 30) * 100).toFixed(0)} %`);
  }
  for (const table of [
    'micro_factories',
    'factory_products',
    'piece_rates',
    'factory_workers',
    'presence_days',
    'piece_records',
    'piece_day_totals',
  ]) {
    // What autovacuum would have done to past days in use (visibility map, statistics).
    await sql`vacuum analyze ${sql.table(table)}`.execute(db);
  }
  const records = (await sql<{ n: number }>`select count(*)::int as n from piece_records`.execute(db)).rows[0]!.n;
  const seconds = (Date.now() - t0) / 1000;
  ctx.log(`  piecework data: ${records.toLocaleString('en')} piece records in ${seconds.toFixed(0)} s`);
  return { factories, big, small, workerCount, records, first, today, user, seconds };
}

export interface PieceworkHistory {
  /** Settlements made now (0 when an earlier benchmark of the run settled the days). */
  settled: number;
  paid: number;
  /** Settlements left unpaid past the alert: the arrears the wages console shows. */
  arrears: number;
  seconds: number;
}

const histories = new WeakMap<Db, Promise<PieceworkHistory>>();

/**
 * The generated month as a street that has lived it would hold it: every past
 * day settled by the app's nightly settlement, then paid the next day (日结)
 * except the last two days (confirmed, or still closed) and one factory in 37
 * that has fallen behind (arrears); workers have acknowledged their lines
 * older than four days.
 */
export function generatePieceworkHistory(ctx: BenchContext): Promise<PieceworkHistory> {
  let history = histories.get(ctx.db);
  if (!history) {
    history = makeHistory(ctx);
    histories.set(ctx.db, history);
  }
  return history;
}

async function makeHistory(ctx: BenchContext): Promise<PieceworkHistory> {
  const db = ctx.db;
  const { first, today } = await generatePiecework(ctx);
  const t0 = Date.now();
  ctx.log('  piecework data: settling and paying the 29 past days…');
  let settled = 0;
  for (let d = 0; d < 29; d++) settled += await settleAllFactoriesDay(db, addDays(first, d), new Date());
  // Confirmed, then paid: a settlement moves one step at a time (settlements_append_only.sql).
  await sql`
    update settlements set status = 'confirmed', confirmed_at = work_date + time '18:00'
     where status = 'closed' and work_date < ${addDays(today, -2)}::date and factory_id % 37 <> 0`.execute(db);
  const paid = await sql`
    update settlements set status = 'paid', paid_at = work_date + interval '1 day 12:00', pay_method = 'wechat'
     where status = 'confirmed' and work_date < ${addDays(today, -2)}::date and factory_id % 37 <> 0`.execute(db);
  await sql`
    update settlements set status = 'confirmed', confirmed_at = work_date + time '18:00'
     where status = 'closed' and work_date = ${addDays(today, -2)}::date and factory_id % 37 <> 0`.execute(db);
  await sql`
    update settlement_lines l set status = 'acknowledged'
      from settlements s
     where s.id = l.settlement_id and s.status = 'paid' and l.status = 'open' and s.work_date < ${addDays(today, -4)}::date`.execute(
    db,
  );
  const arrears = (
    await sql<{
      n: number;
    }>`select count(*)::int as n from settlements where status <> 'paid' and work_date < ${addDays(today, -2)}::date`.execute(
      db,
    )
  ).rows[0]!.n;
  await sql`vacuum analyze settlements`.execute(db);
  await sql`vacuum analyze settlement_lines`.execute(db);
  const seconds = (Date.now() - t0) / 1000;
  ctx.log(
    `  piecework data: ${settled.toLocaleString('en')} settlements made, ${Number(paid.numAffectedRows ?? 0).toLocaleString('en')} paid, ${arrears} in arrears, in ${seconds.toFixed(0)} s`,
  );
  return { settled, paid: Number(paid.numAffectedRows ?? 0), arrears, seconds };
}
