/** SQL of the piecework domain, nothing else. */
import { CompiledQuery, sql, type Insertable, type RawBuilder, type Transaction, type Updateable } from 'kysely';
import { PREPARED, type Db } from '../../db/client';
import type { Database, MicroFactoriesTable, VenuesTable } from '../../db/types';
import type { Actor } from '../../core/actor';
import { areaInScope, areaUnder } from '../../http/scope';
import type { AuditEventAroundTarget } from '../../platform/audit';
import { communityNameOfArea } from '../areas';

type Q = Db | Transaction<Database>;

export const RECORD_STATE = { approved: 1, pending: 2, rejected: 3 } as const;
export const STATE_NAME = { 1: 'approved', 2: 'pending', 3: 'rejected' } as const;

// ── venues ──

function venueSelect(db: Q) {
  return db
    .selectFrom('venues as v')
    .innerJoin('areas as a', 'a.id', 'v.area_id')
    .select([
      'v.id',
      'v.area_id',
      'a.name as area_name',
      'v.address',
      'v.area_sqm',
      'v.owner_name',
      'v.owner_phone',
      'v.status',
      'v.created_at',
    ]);
}
export type VenueRow = Awaited<ReturnType<ReturnType<typeof venueSelect>['execute']>>[number];

export async function listVenues(
  db: Q,
  actor: Actor,
  f: { areaId?: number | undefined; status?: string | undefined },
  page: number,
  pageSize: number,
) {
  let q = venueSelect(db).where(areaInScope('v.area_id', actor));
  if (f.areaId) q = q.where(areaUnder('v.area_id', f.areaId));
  if (f.status) q = q.where(sql<boolean>`v.status = ${f.status}`);
  const [rows, count] = await Promise.all([
    q
      .orderBy('v.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('venues as v')
      .where(areaInScope('v.area_id', actor))
      .$if(!!f.areaId, (qb) => qb.where(areaUnder('v.area_id', f.areaId!)))
      .$if(!!f.status, (qb) => qb.where(sql<boolean>`v.status = ${f.status}`))
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export function findVenueInScope(db: Q, actor: Actor, id: number) {
  return venueSelect(db).where('v.id', '=', id).where(areaInScope('v.area_id', actor)).executeTakeFirst();
}
/** Idle venues across the street, by community, for an employer registering a factory. */
export function listIdleVenues(db: Q) {
  return db
    .selectFrom('venues as v')
    .innerJoin('areas as a', 'a.id', 'v.area_id')
    .leftJoin('areas as p', 'p.id', 'a.parent_id')
    .select(['v.id', 'a.name as area_name', communityNameOfArea.as('community_name'), 'v.address', 'v.area_sqm'])
    .where('v.status', '=', 'idle')
    .orderBy('v.area_id')
    .orderBy('v.id')
    .limit(200)
    .execute();
}
export function findVenue(db: Q, id: number) {
  return venueSelect(db).where('v.id', '=', id).executeTakeFirst();
}
export function insertVenue(trx: Transaction<Database>, values: Insertable<VenuesTable>) {
  return trx.insertInto('venues').values(values).returning('id').executeTakeFirstOrThrow();
}
export function updateVenue(trx: Transaction<Database>, id: number, values: Updateable<VenuesTable>) {
  return trx.updateTable('venues').set(values).where('id', '=', id).execute();
}

// ── factories ──

function factorySelect(db: Q) {
  return db
    .selectFrom('micro_factories as f')
    .innerJoin('areas as a', 'a.id', 'f.area_id')
    .leftJoin('areas as p', 'p.id', 'a.parent_id')
    .leftJoin('enterprises as e', 'e.id', 'f.enterprise_id')
    .leftJoin('residents as r', 'r.id', 'f.operator_resident_id')
    .leftJoin('venues as v', 'v.id', 'f.venue_id')
    .select([
      'f.id',
      'f.name',
      'f.area_id',
      'a.name as area_name',
      communityNameOfArea.as('community_name'),
      'f.enterprise_id',
      'f.operator_resident_id',
      sql<string>`coalesce(e.name, r.name, '')`.as('operator_name'),
      'f.venue_id',
      'v.address as venue_address',
      'f.industry',
      'f.workstations',
      'f.opening_hours',
      'f.status',
      'f.verified_at',
      'f.invite_code',
      'f.created_at',
      sql<number>`(select count(*) from factory_workers w where w.factory_id = f.id and w.left_on is null)::int`.as(
        'worker_count',
      ),
    ]);
}
export type FactoryRow = Awaited<ReturnType<ReturnType<typeof factorySelect>['execute']>>[number];

export interface FactoryFilter {
  q?: string | undefined;
  areaId?: number | undefined;
  industry?: string | undefined;
  status?: string | undefined;
  verified?: 'true' | 'false' | undefined;
}

export async function listFactories(db: Q, actor: Actor, f: FactoryFilter, page: number, pageSize: number) {
  const where = (qb: ReturnType<typeof factorySelect>) => {
    let q = qb.where(areaInScope('f.area_id', actor));
    if (f.areaId) q = q.where(areaUnder('f.area_id', f.areaId));
    if (f.industry) q = q.where('f.industry', '=', f.industry);
    if (f.status) q = q.where(sql<boolean>`f.status = ${f.status}`);
    if (f.verified)
      q = q.where(
        f.verified === 'true' ? sql<boolean>`f.verified_at is not null` : sql<boolean>`f.verified_at is null`,
      );
    if (f.q) q = q.where('f.name', 'like', `%${f.q.replace(/[\\%_]/g, '\\$&')}%`);
    return q;
  };
  const [rows, all] = await Promise.all([
    where(factorySelect(db))
      .orderBy('f.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    where(factorySelect(db))
      .clearSelect()
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: all.n };
}

export function findFactory(db: Q, id: number) {
  return factorySelect(db).where('f.id', '=', id).executeTakeFirst();
}
export function findFactoryInScope(db: Q, actor: Actor, id: number) {
  return factorySelect(db).where('f.id', '=', id).where(areaInScope('f.area_id', actor)).executeTakeFirst();
}
/** A factory the actor runs: through an enterprise they are a member of, or as its resident operator. */
export function findOwnedFactory(db: Q, actor: Actor, id: number) {
  return factorySelect(db).where('f.id', '=', id).where(ownedBy(actor)).executeTakeFirst();
}
/** Only what a write needs: the factory's area, if the actor runs it. */
export function findOwnedFactoryArea(db: Q, actor: Actor, id: number) {
  return db
    .selectFrom('micro_factories as f')
    .select(['f.id', 'f.area_id', 'f.name', 'f.created_at'])
    .where('f.id', '=', id)
    .where(ownedBy(actor))
    .executeTakeFirst();
}
export function listOwnedFactories(db: Q, actor: Actor) {
  return factorySelect(db).where(ownedBy(actor)).orderBy('f.id').execute();
}
function ownedBy(actor: Actor) {
  const enterpriseIds = actor.enterprises.map((e) => e.id);
  return sql<boolean>`(f.enterprise_id = any(${enterpriseIds}::bigint[]) or f.operator_resident_id = ${actor.residentId ?? -1})`;
}
export function findFactoryByInvite(db: Q, code: string) {
  return factorySelect(db).where('f.invite_code', '=', code).executeTakeFirst();
}
/** Verified, operating factories in the same community as the resident's home. */
export function listNearbyFactories(db: Q, residentAreaId: number) {
  return factorySelect(db)
    .where('f.verified_at', 'is not', null)
    .where('f.status', '=', 'operating')
    .where(
      sql<boolean>`f.area_id in (
        select d.id from areas d, areas home, areas c
        where home.id = ${residentAreaId}
          and c.id = case when home.level = 'community' then home.id else home.parent_id end
          and d.path like c.path || '%')`,
    )
    .orderBy('f.name')
    .limit(50)
    .execute();
}
export function insertFactory(trx: Transaction<Database>, values: Insertable<MicroFactoriesTable>) {
  return trx.insertInto('micro_factories').values(values).returning('id').executeTakeFirstOrThrow();
}
export function updateFactory(trx: Transaction<Database>, id: number, values: Updateable<MicroFactoriesTable>) {
  return trx.updateTable('micro_factories').set(values).where('id', '=', id).execute();
}
/** Every factory with its area, in id order (settling every factory's day splits this list into parts). */
/** Every factory with its area and its number of workers (what a day's settlement of it costs), in id order. */
export async function factoriesToSettle(db: Q) {
  const [factories, counts] = await Promise.all([
    db.selectFrom('micro_factories').select(['id', 'area_id']).orderBy('id').execute(),
    // half the time of joining the factories to it (9 against 18 ms at 1,000 factories)
    db
      .selectFrom('factory_workers')
      .select(['factory_id', sql<number>`count(*)::int`.as('n')])
      .groupBy('factory_id')
      .execute(),
  ]);
  const workers = new Map(counts.map((c) => [c.factory_id, c.n]));
  return factories.map((f) => ({ ...f, workers: workers.get(f.id) ?? 0 }));
}
export function findAreaPath(db: Q, id: number) {
  return db.selectFrom('areas').select(['id', 'path']).where('id', '=', id).executeTakeFirst();
}
export function findResidentArea(db: Q, residentId: number) {
  return db.selectFrom('residents').select('area_id').where('id', '=', residentId).executeTakeFirst();
}
/** Holds one worker's presence steps in order for the rest of the transaction. */
export function lockWorker(trx: Transaction<Database>, workerId: number) {
  return trx.selectFrom('factory_workers').select('id').where('id', '=', workerId).forUpdate().execute();
}
/** The app accounts of the workers on a settlement, to tell them they were paid. */
export async function userIdsOfSettlementWorkers(db: Q, settlementId: number): Promise<number[]> {
  const rows = await linesOfSettlement(db, settlementId)
    .innerJoin('users as u', 'u.resident_id', 'w.resident_id')
    .select('u.id')
    .where('u.active', '=', true)
    .execute();
  return rows.map((r) => r.id);
}
export function findEnterprise(db: Q, id: number) {
  return db.selectFrom('enterprises').select(['id', 'area_id', 'type', 'name']).where('id', '=', id).executeTakeFirst();
}
/** Users who act for a factory: its enterprise's members, or its resident operator's account. */
export async function ownerUserIds(db: Q, factoryId: number): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    select em.user_id as id from micro_factories f join enterprise_members em on em.enterprise_id = f.enterprise_id where f.id = ${factoryId}
    union
    select u.id from micro_factories f join users u on u.resident_id = f.operator_resident_id and u.active where f.id = ${factoryId}`.execute(
    db,
  );
  return rows.rows.map((r) => r.id);
}

// ── products and rates ──

export async function listProducts(db: Q, factoryId: number) {
  const rows = await db
    .selectFrom('factory_products as p')
    .select([
      'p.id',
      'p.name',
      'p.unit',
      'p.active',
      sql<{ effectiveFrom: string; rateE4: number }[]>`coalesce((
        select json_agg(json_build_object('effectiveFrom', to_char(r.effective_from, 'YYYY-MM-DD'), 'rateE4', r.rate_e4) order by r.effective_from)
        from piece_rates r where r.product_id = p.id), '[]')`.as('rates'),
    ])
    .where('p.factory_id', '=', factoryId)
    .orderBy('p.id')
    .execute();
  return rows;
}
export type ProductRow = Awaited<ReturnType<typeof listProducts>>[number];

export function insertProduct(
  trx: Transaction<Database>,
  values: { factory_id: number; name: string; unit: 'piece' | 'item' | 'dozen' | 'box' },
) {
  return trx.insertInto('factory_products').values(values).returning('id').executeTakeFirstOrThrow();
}
export function insertRate(
  trx: Transaction<Database>,
  values: { product_id: number; effective_from: string; rate_e4: number; created_by_user_id: number },
) {
  return trx
    .insertInto('piece_rates')
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .returning('product_id')
    .executeTakeFirst();
}
export function findProduct(db: Q, id: number) {
  return db
    .selectFrom('factory_products')
    .select(['id', 'factory_id', 'name', 'unit'])
    .where('id', '=', id)
    .executeTakeFirst();
}

// ── workers and presence ──

export function listWorkers(db: Q, factoryId: number, day: string) {
  return db
    .selectFrom('factory_workers as w')
    .innerJoin('residents as r', 'r.id', 'w.resident_id')
    .leftJoin('presence_days as pd', (j) => j.onRef('pd.worker_id', '=', 'w.id').on('pd.work_date', '=', day))
    .select(['w.id', 'w.resident_id', 'r.name', 'r.phone', 'w.joined_on', 'pd.state', 'pd.minutes_present', 'pd.since'])
    .where('w.factory_id', '=', factoryId)
    .where('w.left_on', 'is', null)
    .orderBy('w.id')
    .execute();
}
export type WorkerRow = Awaited<ReturnType<typeof listWorkers>>[number];

/** The resident's place at a factory they work at, with when the factory was registered (the first day it can record). */
export function findWorkerOfResident(db: Q, factoryId: number, residentId: number) {
  return db
    .selectFrom('factory_workers as w')
    .innerJoin('micro_factories as f', 'f.id', 'w.factory_id')
    .select(['w.id', 'w.factory_id', 'w.resident_id', 'f.created_at as factory_created_at'])
    .where('w.factory_id', '=', factoryId)
    .where('w.resident_id', '=', residentId)
    .where('w.left_on', 'is', null)
    .executeTakeFirst();
}
export function findWorker(db: Q, factoryId: number, workerId: number) {
  return db
    .selectFrom('factory_workers')
    .select(['id', 'factory_id', 'resident_id'])
    .where('factory_id', '=', factoryId)
    .where('id', '=', workerId)
    .where('left_on', 'is', null)
    .executeTakeFirst();
}
export function insertWorker(trx: Transaction<Database>, factoryId: number, residentId: number, joinedOn: string) {
  return trx
    .insertInto('factory_workers')
    .values({ factory_id: factoryId, resident_id: residentId, joined_on: joinedOn })
    .onConflict((oc) => oc.columns(['factory_id', 'resident_id']).doUpdateSet({ left_on: null }))
    .returning('id')
    .executeTakeFirstOrThrow();
}
/** One resident's joins one after another: joining twice at once still records one consent. */
export async function lockResident(trx: Transaction<Database>, residentId: number) {
  await trx.selectFrom('residents').select('id').where('id', '=', residentId).forUpdate().execute();
}
/** The resident as the owner of a factory she joins will see her (name, phone to be masked), and her area's path. */
export function findResidentCard(db: Q, residentId: number) {
  return db
    .selectFrom('residents as r')
    .innerJoin('areas as a', 'a.id', 'r.area_id')
    .select(['r.id', 'r.name', 'r.phone', 'a.path as area_path'])
    .where('r.id', '=', residentId)
    .executeTakeFirst();
}
export function insertConsent(
  trx: Transaction<Database>,
  v: {
    resident_id: number;
    purpose: 'factory_join' | 'pay_acknowledgement';
    scope: Record<string, unknown>;
    method: 'in_app' | 'paper' | 'verbal_witnessed';
    recorded_by_user_id: number;
  },
) {
  return trx
    .insertInto('consents')
    .values({ ...v, scope: JSON.stringify(v.scope) })
    .returning('id')
    .executeTakeFirstOrThrow();
}
export function activeWorkerIds(db: Q, factoryId: number) {
  return db
    .selectFrom('factory_workers')
    .select('id')
    .where('factory_id', '=', factoryId)
    .where('left_on', 'is', null)
    .execute();
}

export function insertPresenceEvent(
  trx: Transaction<Database>,
  v: {
    factory_id: number;
    worker_id: number;
    work_date: string;
    kind: 'check_in' | 'step_out' | 'come_back' | 'check_out';
    at: Date;
    client_key: string;
    created_by_user_id: number;
  },
) {
  return trx
    .insertInto('presence_events')
    .values(v)
    .onConflict((oc) => oc.columns(['factory_id', 'client_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
}
export function presenceEventsOfDay(db: Q, workerId: number, day: string) {
  return db
    .selectFrom('presence_events')
    .select(['kind', 'at'])
    .where('worker_id', '=', workerId)
    .where('work_date', '=', day)
    .orderBy('at')
    .orderBy('id')
    .execute();
}
export function upsertPresenceDay(
  trx: Transaction<Database>,
  v: {
    worker_id: number;
    work_date: string;
    factory_id: number;
    state: 'in' | 'out' | 'done';
    minutes_present: number;
    since: Date | null;
  },
) {
  return trx
    .insertInto('presence_days')
    .values(v)
    .onConflict((oc) =>
      oc
        .columns(['work_date', 'worker_id'])
        .doUpdateSet({ state: v.state, minutes_present: v.minutes_present, since: v.since }),
    )
    .execute();
}
export function findPresenceDay(db: Q, workerId: number, day: string) {
  return db
    .selectFrom('presence_days')
    .select(['state', 'minutes_present', 'since'])
    .where('worker_id', '=', workerId)
    .where('work_date', '=', day)
    .executeTakeFirst();
}

// ── piece records ──

/** Serialises record writes against settlements: writers share, settling excludes them (ADR 0021). */
export async function lockForRecordWrite(trx: Transaction<Database>) {
  await sql`lock table piece_day_totals in row exclusive mode`.execute(trx);
}
/**
 * The settlement lock of every factory's day (the owner's close takes it inside
 * piecework_close_day): record writers wait until the transaction ends. Every
 * factory's day is estimated above jit_above_cost; compiling it would cost more
 * than the statement's few hundred milliseconds save. One simple-protocol round trip.
 */
export async function lockForSettlingEveryFactory(trx: Transaction<Database>) {
  await sql.raw('lock table piece_day_totals in share mode; set local jit = off').execute(trx);
}

export async function settledDates(db: Q, factoryId: number, dates: string[]): Promise<Set<string>> {
  if (dates.length === 0) return new Set();
  const rows = await db
    .selectFrom('settlements')
    .select('work_date')
    .where('factory_id', '=', factoryId)
    .where('work_date', 'in', dates)
    .execute();
  return new Set(rows.map((r) => r.work_date));
}

export interface NewRecord {
  workerId: number;
  productId: number;
  workDate: string;
  quantity: number;
  rateE4: number;
  state: 1 | 2 | 3;
  selfReported: boolean;
  reversesId: number | null;
  clientKey: string;
}

/** One INSERT for the whole batch; a client key seen before is skipped (the resend of a batch changes nothing). */
export async function insertRecords(
  trx: Transaction<Database>,
  factoryId: number,
  userId: number,
  records: NewRecord[],
) {
  const col = <K extends keyof NewRecord>(k: K) => records.map((r) => r[k]);
  const { rows } = await sql<{
    id: number;
    worker_id: number;
    product_id: number;
    work_date: string;
    quantity: number;
    rate_e4: number;
    state: number;
  }>`
    insert into piece_records (factory_id, worker_id, product_id, work_date, quantity, rate_e4, state, self_reported, reverses_id, client_key, created_by_user_id)
    select ${factoryId}, t.w, t.p, t.d, t.q, t.r, t.s, t.self, t.rev, t.k, ${userId}
    from unnest(${col('workerId')}::int[], ${col('productId')}::int[], ${col('workDate')}::date[], ${col('quantity')}::int[], ${col('rateE4')}::int[],
                ${col('state')}::smallint[], ${col('selfReported')}::bool[], ${col('reversesId')}::bigint[], ${col('clientKey')}::uuid[])
         as t(w, p, d, q, r, s, self, rev, k)
    on conflict (factory_id, client_key) do nothing
    returning id, worker_id, product_id, work_date, quantity, rate_e4, state`.execute(trx);
  return rows;
}

export interface CountedPieces {
  id: number;
  worker_id: number;
  product_id: number;
  work_date: string;
  quantity: number;
  rate_e4: number;
}

/** Adds approved pieces to the rollup of their unsettled day, summed per worker and product first. */
export async function addToDayTotals(trx: Transaction<Database>, factoryId: number, rows: CountedPieces[]) {
  if (rows.length === 0) return;
  const sums = new Map<string, { w: number; p: number; d: string; q: number; a: number }>();
  for (const r of rows) {
    const key = `${r.work_date}|${r.worker_id}|${r.product_id}`;
    const s = sums.get(key) ?? { w: r.worker_id, p: r.product_id, d: r.work_date, q: 0, a: 0 };
    s.q += r.quantity;
    s.a += r.quantity * r.rate_e4;
    sums.set(key, s);
  }
  const v = [...sums.values()];
  await sql`
    insert into piece_day_totals (factory_id, work_date, worker_id, product_id, quantity, amount_e4)
    select ${factoryId}, t.d, t.w, t.p, t.q, t.a
    from unnest(${v.map((x) => x.d)}::date[], ${v.map((x) => x.w)}::int[], ${v.map((x) => x.p)}::int[], ${v.map((x) => x.q)}::int[], ${v.map((x) => x.a)}::bigint[]) as t(d, w, p, q, a)
    on conflict (work_date, factory_id, worker_id, product_id)
    do update set quantity = piece_day_totals.quantity + excluded.quantity, amount_e4 = piece_day_totals.amount_e4 + excluded.amount_e4`.execute(
    trx,
  );
}

/** Pieces for a settled day wait, as adjustments, for the worker's next settlement at the factory. */
export async function insertAdjustments(trx: Transaction<Database>, factoryId: number, rows: CountedPieces[]) {
  if (rows.length === 0) return;
  await trx
    .insertInto('piece_adjustments')
    .values(
      rows.map((r) => ({
        factory_id: factoryId,
        worker_id: r.worker_id,
        record_id: r.id,
        origin_date: r.work_date,
        amount_e4: r.quantity * r.rate_e4,
      })),
    )
    .onConflict((oc) => oc.column('record_id').doNothing())
    .execute();
}

export function findRecordsForReversal(db: Q, factoryId: number, ids: number[]) {
  return db
    .selectFrom('piece_records as r')
    .select([
      'r.id',
      'r.worker_id',
      'r.product_id',
      'r.work_date',
      'r.quantity',
      'r.rate_e4',
      'r.state',
      'r.reverses_id',
    ])
    .select(
      sql<string | null>`(select x.client_key::text from piece_records x where x.reverses_id = r.id)`.as(
        'reversed_by_key',
      ),
    )
    .where('r.factory_id', '=', factoryId)
    .where('r.id', 'in', ids)
    .execute();
}

/**
 * Holds the records about to be reversed until the transaction ends, in id
 * order: of two reversals of one record sent at the same moment, the second
 * waits here for the first and then sees it (ADR 0047).
 */
export async function lockRecordsForReversal(trx: Transaction<Database>, factoryId: number, ids: number[]) {
  await trx
    .selectFrom('piece_records')
    .select('id')
    .where('factory_id', '=', factoryId)
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** What was stored under client keys before, to compare with what a resend carries. */
export function findRecordsByKeys(trx: Transaction<Database>, factoryId: number, keys: string[]) {
  return trx
    .selectFrom('piece_records')
    .select([
      sql<string>`client_key::text`.as('client_key'),
      'worker_id',
      'product_id',
      'work_date',
      'quantity',
      'reverses_id',
      'self_reported',
    ])
    .where('factory_id', '=', factoryId)
    .where(sql<boolean>`client_key = any(${keys}::uuid[])`)
    .execute();
}

export function findPresenceEventByKey(trx: Transaction<Database>, factoryId: number, key: string) {
  return trx
    .selectFrom('presence_events')
    .select(['worker_id', 'kind'])
    .where('factory_id', '=', factoryId)
    .where(sql<boolean>`client_key = ${key}::uuid`)
    .executeTakeFirst();
}

export function findRecord(db: Q, id: number) {
  return db
    .selectFrom('piece_records')
    .select([
      'id',
      'factory_id',
      'worker_id',
      'product_id',
      'work_date',
      'quantity',
      'rate_e4',
      'state',
      'self_reported',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}
export function setRecordState(trx: Transaction<Database>, id: number, from: 2, to: 1 | 3) {
  return trx
    .updateTable('piece_records')
    .set({ state: to })
    .where('id', '=', id)
    .where('state', '=', from)
    .returning('id')
    .executeTakeFirst();
}

export function listDayRecords(db: Q, factoryId: number, day: string) {
  return db
    .selectFrom('piece_records as r')
    .innerJoin('factory_workers as w', 'w.id', 'r.worker_id')
    .innerJoin('residents as res', 'res.id', 'w.resident_id')
    .innerJoin('factory_products as p', 'p.id', 'r.product_id')
    .select([
      'r.id',
      'r.worker_id',
      'res.name as worker_name',
      'r.product_id',
      'p.name as product_name',
      'r.work_date',
      'r.quantity',
      'r.rate_e4',
      'r.state',
      'r.self_reported',
      'r.reverses_id',
      'r.created_at',
      sql<boolean>`exists (select 1 from piece_records x where x.reverses_id = r.id)`.as('reversed'),
    ])
    .where('r.factory_id', '=', factoryId)
    .where('r.work_date', '=', day)
    .orderBy('r.id', 'desc')
    .limit(500)
    .execute();
}
export type RecordRow = Awaited<ReturnType<typeof listDayRecords>>[number];

export function dayCells(db: Q, factoryId: number, day: string) {
  return db
    .selectFrom('piece_day_totals')
    .select(['worker_id', 'product_id', 'quantity'])
    .where('factory_id', '=', factoryId)
    .where('work_date', '=', day)
    .execute();
}

// ── settlements ──

export function findSettlementByDay(db: Q, factoryId: number, day: string) {
  return db
    .selectFrom('settlements')
    .select('id')
    .where('factory_id', '=', factoryId)
    .where('work_date', '=', day)
    .executeTakeFirst();
}

interface SettleParams {
  day: string;
  factoryIds: number[];
  floors: { areaId: number; floor: number }[];
  userId: number | null;
  now: Date;
}

/**
 * Settles one day for the given factories in one statement (piecework_settle,
 * sql/piecework_settle.sql; ADR 0021): a line per worker from the day's rollup plus
 * their open adjustments, rounded once and judged against the area's wage
 * floor; a settlement per factory with its totals; the adjustments marked as
 * paid by it. A factory already settled that day is left as it was (unique
 * factory + day). Returns the new settlements. The caller holds the lock.
 */
export async function settleDaySetBased(
  trx: Transaction<Database>,
  p: SettleParams,
): Promise<{ id: number; factory_id: number }[]> {
  const { rows } = await sql<{ r: [number, number][] | null }>`
    select piecework_settle(${p.day}::date, ${p.factoryIds}::int[], ${p.floors.map((f) => f.areaId)}::bigint[], ${p.floors.map((f) => f.floor)}::int[],
                            ${p.userId}::bigint, ${p.now}::timestamptz, false) as r`.execute(trx);
  return (rows[0]?.r ?? []).map(([id, factory_id]) => ({ id, factory_id }));
}

/** What closing a day answers: the new settlement and its lines as they were written. */
export interface SettledDay {
  settlement: {
    id: number;
    status: SettlementRow['status'];
    area_id: number;
    factory_name: string;
    total_fen: number;
    worker_count: number;
    flagged_count: number;
    created_at: Date;
  };
  lines: LineRow[];
}
/**
 * A line's own figures and state, in the order both hot answers send them
 * (closing a day, a worker's statement): LINE_FIGURES is the SQL (piecework_settle
 * lists the same), LineFigures the type.
 */
const LINE_FIGURES = `l.quantity, l.day_amount_e4, l.adjustment_e4, l.amount_fen, l.minutes_present, l.floor_fen_per_hour, l.below_floor,
  l.status, l.dispute_reason, l.resolution_note`;
type LineFigures = [
  quantity: number,
  day_amount_e4: number,
  adjustment_e4: number,
  amount_fen: number,
  minutes_present: number | null,
  floor_fen_per_hour: number,
  below_floor: boolean,
  status: LineRow['status'],
  dispute_reason: string | null,
  resolution_note: string | null,
];
type SettledLineTuple = [
  id: number,
  worker_id: number,
  worker_name: string,
  resident_id: number,
  ...LineFigures,
  cells: DayCells['cells'],
];
type SettledTuple = [
  settlement: [number, SettledDay['settlement']['status'], number, number, number, number, string],
  factory_name: string,
  product_names: DayCells['product_names'],
  lines: SettledLineTuple[] | null,
];

/**
 * The owner's close of one factory's day, in one call (piecework_close_day,
 * ADR 0042): whether the actor runs the factory, the area's wage floor, the
 * settlement lock, the settlement with its lines as they were written (names
 * and product breakdown included, ADR 0040) and the audit event, committed
 * together. `owned` is false when the actor does not run the factory;
 * `settled` is null when the day was settled before or has nothing to settle.
 */
export async function closeFactoryDay(
  db: Db,
  actor: Actor,
  p: { factoryId: number; day: string; now: Date; floorDefault: number; audit: AuditEventAroundTarget },
): Promise<{ owned: false } | { owned: true; settled: SettledDay | null }> {
  const { rows } = await sql<{ r: { settled: SettledTuple | null } | null }>`${sql.raw(PREPARED)}
    select piecework_close_day(${p.factoryId}::bigint, ${actor.enterprises.map((e) => e.id)}::bigint[], ${actor.residentId ?? -1}::bigint, ${p.day}::date,
                               ${p.now}::timestamptz, ${actor.userId}::bigint, ${p.floorDefault}::int, ${JSON.stringify(p.audit)}::jsonb) as r`.execute(
    db,
  );
  const r = rows[0]?.r;
  if (!r) return { owned: false };
  if (!r.settled) return { owned: true, settled: null };
  const [
    [id, status, area_id, total_fen, worker_count, flagged_count, created_at],
    factory_name,
    product_names,
    lines,
  ] = r.settled;
  return {
    owned: true,
    settled: {
      settlement: {
        id,
        status,
        area_id,
        factory_name,
        total_fen,
        worker_count,
        flagged_count,
        created_at: new Date(created_at),
      },
      lines: (lines ?? []).map(
        ([
          lineId,
          worker_id,
          worker_name,
          resident_id,
          quantity,
          day_amount_e4,
          adjustment_e4,
          amount_fen,
          minutes_present,
          floor_fen_per_hour,
          below_floor,
          lineStatus,
          dispute_reason,
          resolution_note,
          cells,
        ]) => ({
          id: lineId,
          settlement_id: id,
          worker_id,
          worker_name,
          resident_id,
          work_date: p.day,
          quantity,
          day_amount_e4,
          adjustment_e4,
          amount_fen,
          minutes_present,
          floor_fen_per_hour,
          below_floor,
          status: lineStatus,
          dispute_reason,
          resolution_note,
          settlement_status: status,
          factory_name,
          area_id,
          factory_id: p.factoryId,
          items: itemsOf(cells, product_names),
        }),
      ),
    },
  };
}

function settlementSelect(db: Q) {
  return db
    .selectFrom('settlements as s')
    .innerJoin('micro_factories as f', 'f.id', 's.factory_id')
    .select([
      's.id',
      's.factory_id',
      'f.name as factory_name',
      's.area_id',
      's.work_date',
      's.status',
      's.total_fen',
      's.worker_count',
      's.flagged_count',
      's.pay_method',
      's.pay_reference',
      's.confirmed_at',
      's.paid_at',
      's.created_at',
    ]);
}
export type SettlementRow = Awaited<ReturnType<ReturnType<typeof settlementSelect>['execute']>>[number];

export function findSettlement(db: Q, id: number) {
  return settlementSelect(db).where('s.id', '=', id).executeTakeFirst();
}
export async function listSettlements(
  db: Q,
  factoryId: number,
  status: string | undefined,
  page: number,
  pageSize: number,
) {
  let q = settlementSelect(db).where('s.factory_id', '=', factoryId);
  if (status) q = q.where(sql<boolean>`s.status = ${status}`);
  const [rows, n] = await Promise.all([
    q
      .orderBy('s.work_date', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q
      .clearSelect()
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: n.n };
}
export function updateSettlement(
  trx: Transaction<Database>,
  id: number,
  from: 'closed' | 'confirmed',
  values: Updateable<Database['settlements']>,
) {
  return trx
    .updateTable('settlements')
    .set(values)
    .where('id', '=', id)
    .where('status', '=', from)
    .returning('id')
    .executeTakeFirst();
}

export interface LineItem {
  productId: number;
  productName: string;
  quantity: number;
  amountE4: number;
}
/**
 * A line's breakdown by product, from the day's rollup (frozen once the day is
 * settled), read with the line itself rather than in a second query.
 */
const lineItemsAgg = sql`json_agg(json_build_object('productId', t.product_id, 'productName', p.name, 'quantity', t.quantity, 'amountE4', t.amount_e4) order by t.product_id)`;
/**
 * The same breakdown as cells, [product, quantity, amount], with the few
 * product names read once beside them rather than joined to every cell: what
 * the hot reads (closing a day, a worker's statement) send (ADR 0038).
 */
interface DayCells {
  cells: [number, number, number][];
  product_names: Record<string, string> | null;
}
/** A line's items in product order (closing a day sends its cells unordered: sql/piecework_settle.sql). */
function itemsOf(cells: DayCells['cells'], names: DayCells['product_names']): LineItem[] {
  return cells
    .map(([productId, quantity, amountE4]) => ({
      productId,
      productName: names?.[productId] ?? '',
      quantity,
      amountE4,
    }))
    .sort((a, b) => a.productId - b.productId);
}
function lineItemsJson(workerId: RawBuilder<unknown>, day: RawBuilder<unknown>) {
  return sql<LineItem[]>`coalesce((
    select ${lineItemsAgg}
    from piece_day_totals t join factory_products p on p.id = t.product_id
    where t.worker_id = ${workerId} and t.work_date = ${day}), '[]'::json)`;
}

/** A line with its names and statuses, without its breakdown. */
function lineBase(db: Q) {
  return db
    .selectFrom('settlement_lines as l')
    .innerJoin('factory_workers as w', 'w.id', 'l.worker_id')
    .innerJoin('residents as r', 'r.id', 'w.resident_id')
    .innerJoin('settlements as s', 's.id', 'l.settlement_id')
    .innerJoin('micro_factories as f', 'f.id', 'l.factory_id')
    .select([
      'l.id',
      'l.settlement_id',
      'l.worker_id',
      'r.name as worker_name',
      'w.resident_id',
      'l.work_date',
      'l.quantity',
      'l.day_amount_e4',
      'l.adjustment_e4',
      'l.amount_fen',
      'l.minutes_present',
      'l.floor_fen_per_hour',
      'l.below_floor',
      'l.status',
      'l.dispute_reason',
      'l.resolution_note',
      's.status as settlement_status',
      'f.name as factory_name',
      'f.area_id',
      'l.factory_id',
    ]);
}
function lineSelect(db: Q) {
  return lineBase(db).select(lineItemsJson(sql.ref('l.worker_id'), sql.ref('l.work_date')).as('items'));
}
export type LineRow = Awaited<ReturnType<ReturnType<typeof lineSelect>['execute']>>[number];

/**
 * A settlement's lines, found through its factory's workers and its day (the
 * one index of lines is (worker_id, work_date), ADR 0035), with the workers.
 */
function linesOfSettlement(db: Q, settlementId: number) {
  return db
    .selectFrom('settlements as ls')
    .innerJoin('factory_workers as w', 'w.factory_id', 'ls.factory_id')
    .innerJoin('settlement_lines as l', (j) =>
      j.onRef('l.worker_id', '=', 'w.id').onRef('l.work_date', '=', 'ls.work_date'),
    )
    .where('ls.id', '=', settlementId)
    .where('l.settlement_id', '=', settlementId);
}
export function listLines(db: Q, settlementId: number) {
  return lineSelect(db)
    .where('l.id', 'in', linesOfSettlement(db, settlementId).select('l.id'))
    .orderBy('l.worker_id')
    .execute();
}
export function findLine(db: Q, id: number) {
  return lineSelect(db).where('l.id', '=', id).executeTakeFirst();
}
export function updateLine(
  trx: Transaction<Database>,
  id: number,
  from: 'open' | 'disputed',
  values: Updateable<Database['settlement_lines']>,
) {
  return trx
    .updateTable('settlement_lines')
    .set(values)
    .where('id', '=', id)
    .where('status', '=', from)
    .returning('id')
    .executeTakeFirst();
}
/**
 * A resident's lines over a period (the monthly statement), each with its
 * breakdown: the period's rollup rows of the resident's workers are read in
 * one range scan and grouped by day, rather than looked up line by line. A
 * prepared statement (ADR 0035): it runs on every worker's statement screen.
 */
/**
 * A resident's lines of a month, newest first, with each day's breakdown: the
 * worker's monthly statement, one caller per screen (ADR 0040). One prepared
 * statement answers with one JSON document: the lines as arrays in the order
 * of StatementLineTuple, and the product names of the resident's factories
 * once. Names of worker and factory are read once per factory the resident
 * works at, not once per line; each day's cells come from the worker index of
 * the rollup alone (migration 0015). Its text is fixed, so it is not rebuilt
 * per call.
 */
const LINES_OF_RESIDENT = `${PREPARED}
  select coalesce(json_agg(json_build_array(
           l.id, l.settlement_id, l.worker_id, w.worker_name, w.resident_id, l.work_date, ${LINE_FIGURES},
           s.status, w.factory_name, w.area_id, l.factory_id,
           coalesce((select json_agg(array[t.product_id, t.quantity, t.amount_e4] order by t.product_id)
                       from piece_day_totals t where t.worker_id = l.worker_id and t.work_date = l.work_date), '[]'::json))
           order by l.work_date desc, l.id), '[]'::json) as lines,
         (select json_object_agg(p.id, p.name) from factory_products p
           where p.factory_id in (select x.factory_id from factory_workers x where x.resident_id = $1)) as product_names
    from (select w.id, w.resident_id, r.name as worker_name, f.name as factory_name, f.area_id
            from factory_workers w
            join residents r on r.id = w.resident_id
            join micro_factories f on f.id = w.factory_id
           where w.resident_id = $1) w
    join settlement_lines l on l.worker_id = w.id and l.work_date >= $2::date and l.work_date <= $3::date
    join settlements s on s.id = l.settlement_id`;
type StatementLineTuple = [
  id: number,
  settlement_id: number,
  worker_id: number,
  worker_name: string,
  resident_id: number,
  work_date: string,
  ...LineFigures,
  settlement_status: LineRow['settlement_status'],
  factory_name: string,
  area_id: number,
  factory_id: number,
  cells: DayCells['cells'],
];
export async function linesOfResident(db: Q, residentId: number, from: string, to: string): Promise<LineRow[]> {
  const { rows } = await db.executeQuery<{ lines: StatementLineTuple[]; product_names: Record<string, string> | null }>(
    CompiledQuery.raw(LINES_OF_RESIDENT, [residentId, from, to]),
  );
  const { lines, product_names } = rows[0]!;
  // Each line built once, its items straight from the cells (a month is some thirty lines a screen, read often).
  return lines.map(
    ([
      id,
      settlement_id,
      worker_id,
      worker_name,
      resident_id,
      work_date,
      quantity,
      day_amount_e4,
      adjustment_e4,
      amount_fen,
      minutes_present,
      floor_fen_per_hour,
      below_floor,
      status,
      dispute_reason,
      resolution_note,
      settlement_status,
      factory_name,
      area_id,
      factory_id,
      cells,
    ]) => ({
      id,
      settlement_id,
      worker_id,
      worker_name,
      resident_id,
      work_date,
      quantity,
      day_amount_e4,
      adjustment_e4,
      amount_fen,
      minutes_present,
      floor_fen_per_hour,
      below_floor,
      status,
      dispute_reason,
      resolution_note,
      settlement_status,
      factory_name,
      area_id,
      factory_id,
      items: itemsOf(cells, product_names),
    }),
  );
}
export function openLinesOfWorkers(db: Q, workerIds: number[]) {
  if (workerIds.length === 0) return Promise.resolve([] as LineRow[]);
  return lineSelect(db)
    .where('l.worker_id', 'in', workerIds)
    .where('l.status', 'in', ['open', 'disputed'])
    .where('s.status', 'in', ['confirmed', 'paid'])
    .orderBy('l.work_date', 'desc')
    .limit(60)
    .execute();
}

// ── the worker's own ──

export function workersOfResident(db: Q, residentId: number) {
  return db
    .selectFrom('factory_workers as w')
    .innerJoin('micro_factories as f', 'f.id', 'w.factory_id')
    .select(['w.id', 'w.factory_id', 'f.name as factory_name'])
    .where('w.resident_id', '=', residentId)
    .where('w.left_on', 'is', null)
    .orderBy('w.id')
    .execute();
}
export function workerDay(db: Q, workerIds: number[], day: string) {
  if (workerIds.length === 0) return Promise.resolve([]);
  return sql<{ worker_id: number; quantity: number; amount_e4: number; pending: number }>`
    select w.id as worker_id,
      coalesce((select sum(t.quantity) from piece_day_totals t where t.worker_id = w.id and t.work_date = ${day}::date), 0)::int as quantity,
      coalesce((select sum(t.amount_e4) from piece_day_totals t where t.worker_id = w.id and t.work_date = ${day}::date), 0)::bigint as amount_e4,
      coalesce((select sum(r.quantity) from piece_records r where r.worker_id = w.id and r.work_date = ${day}::date and r.state = 2), 0)::int as pending
    from factory_workers w where w.id = any(${workerIds}::bigint[])`
    .execute(db)
    .then((r) => r.rows);
}

// ── the street's view ──

/**
 * Days before an unpaid settlement is in arrears, per area (each area's own setting), and the days
 * for an area the map does not name. Compared in SQL with the settlement's area.
 */
export interface ArrearsDays {
  byArea: ReadonlyMap<number, number>;
  otherwise: number;
}
const arrearsDaysOf = (column: string, days: ArrearsDays) =>
  sql`coalesce((${JSON.stringify(Object.fromEntries(days.byArea))}::jsonb ->> ${sql.ref(column)}::text)::int, ${days.otherwise}::int)`;

/** The areas of the factories and unpaid settlements in the actor's scope: where arrears days must be known. */
export async function arrearsAreaIds(db: Q, actor: Actor): Promise<number[]> {
  const { rows } = await sql<{ area_id: number }>`
    select area_id from micro_factories where ${areaInScope('area_id', actor)}
    union select area_id from settlements where status <> 'paid' and ${areaInScope('area_id', actor)}`.execute(db);
  return rows.map((r) => Number(r.area_id));
}

export async function wagesByFactory(
  db: Q,
  actor: Actor,
  p: { from: string; to: string; areaId?: number | undefined; today: string; alertDays: ArrearsDays },
) {
  const under = p.areaId ? sql`and ${areaUnder('f.area_id', p.areaId)}` : sql``;
  const { rows } = await sql<{
    factory_id: number;
    factory_name: string;
    community_name: string | null;
    workers: number;
    paid_fen: number;
    unpaid_fen: number;
    arrears_fen: number;
    flagged_lines: number;
  }>`
    select f.id as factory_id, f.name as factory_name,
      case a.level when 'community' then a.name when 'compound' then p.name end as community_name,
      (select count(*) from factory_workers w where w.factory_id = f.id and w.left_on is null)::int as workers,
      coalesce(sum(s.total_fen) filter (where s.status = 'paid'), 0)::bigint as paid_fen,
      coalesce(sum(s.total_fen) filter (where s.status <> 'paid'), 0)::bigint as unpaid_fen,
      coalesce(sum(s.total_fen) filter (where s.status <> 'paid' and s.work_date < ${p.today}::date - ${arrearsDaysOf('s.area_id', p.alertDays)}), 0)::bigint as arrears_fen,
      coalesce(sum(s.flagged_count), 0)::int as flagged_lines
    from micro_factories f
    join areas a on a.id = f.area_id left join areas p on p.id = a.parent_id
    left join settlements s on s.factory_id = f.id and s.work_date between ${p.from}::date and ${p.to}::date
    where ${areaInScope('f.area_id', actor)} ${under}
    group by f.id, f.name, a.level, a.name, p.name
    order by arrears_fen desc, unpaid_fen desc, f.name`.execute(db);
  return rows;
}

/** Unpaid settlements older than their area's alert days, in the actor's scope (or everywhere, for the alert job). */
export async function arrearsSettlements(db: Q, actor: Actor | null, today: string, days: ArrearsDays, limit = 200) {
  const scope = actor ? sql`and ${areaInScope('s.area_id', actor)}` : sql``;
  const { rows } = await sql<SettlementRow & { community_name: string | null; days_overdue: number }>`
    select s.id, s.factory_id, f.name as factory_name, s.area_id, to_char(s.work_date, 'YYYY-MM-DD') as work_date, s.status, s.total_fen, s.worker_count, s.flagged_count,
      s.pay_method, s.pay_reference, s.confirmed_at, s.paid_at, s.created_at,
      case a.level when 'community' then a.name when 'compound' then p.name end as community_name,
      (${today}::date - s.work_date)::int as days_overdue
    from settlements s
    join micro_factories f on f.id = s.factory_id
    join areas a on a.id = s.area_id left join areas p on p.id = a.parent_id
    where s.status <> 'paid' and s.work_date < ${today}::date - ${arrearsDaysOf('s.area_id', days)} ${scope}
    order by s.work_date
    limit ${limit}`.execute(db);
  return rows;
}

export function flaggedLines(db: Q, actor: Actor, from: string, to: string) {
  return lineSelect(db)
    .where('l.below_floor', '=', true)
    .where('l.work_date', '>=', from)
    .where('l.work_date', '<=', to)
    .where(areaInScope('s.area_id', actor))
    .orderBy('l.work_date', 'desc')
    .limit(100)
    .execute();
}

/** Lines a worker disputed and nobody has resolved yet, in the officer's areas: waiting for the owner or an officer. */
export function disputedLines(db: Q, actor: Actor) {
  return lineSelect(db)
    .where('l.status', '=', 'disputed')
    .where(areaInScope('s.area_id', actor))
    .orderBy('l.work_date', 'desc')
    .limit(100)
    .execute();
}

/** Settlements with lines below the wage floor that have not been raised yet (the job remembers by dedupe key). */
export function recentFlaggedSettlements(db: Q, since: string) {
  return db
    .selectFrom('settlements as s')
    .innerJoin('micro_factories as f', 'f.id', 's.factory_id')
    .select(['s.id', 's.factory_id', 's.area_id', 's.work_date', 's.flagged_count', 'f.name as factory_name'])
    .where('s.flagged_count', '>', 0)
    .where('s.work_date', '>=', since)
    .execute();
}

export function payrollLines(db: Q, factoryId: number, from: string, to: string) {
  return db
    .selectFrom('settlement_lines as l')
    .innerJoin('settlements as s', 's.id', 'l.settlement_id')
    .innerJoin('factory_workers as w', 'w.id', 'l.worker_id')
    .innerJoin('residents as r', 'r.id', 'w.resident_id')
    .select([
      'l.work_date',
      'r.name',
      'r.phone',
      'r.id_number_masked',
      'l.quantity',
      'l.amount_fen',
      'l.minutes_present',
      'l.below_floor',
      's.status',
      's.pay_method',
      'l.status as line_status',
    ])
    .where('l.factory_id', '=', factoryId)
    .where('l.work_date', '>=', from)
    .where('l.work_date', '<=', to)
    .orderBy('l.work_date')
    .orderBy('r.name')
    .execute();
}

// ── the ledger check ──

export interface LedgerFactoryRow {
  factory_id: number;
  factory_name: string;
  community_name: string | null;
  settlements: number;
  lines: number;
  settled_fen: number;
  expected_fen: number;
  lines_at_odds: number;
  settlements_at_odds: number;
  pending_adjustments: number;
  pending_adjustment_e4: number;
}

/**
 * The ledger of each factory against its records (ADR 0047): for every
 * settlement line, the approved records of its worker and day that were not
 * corrections of a settled day, plus the corrections this line paid, each
 * valued at the record's own rate and rounded once per line as the settlement
 * does (ADR 0020). A line is at odds when its quantity, day amount, adjustment
 * or amount differs from that, or when records call for a line that is not
 * there; a settlement is at odds when its total or worker count differs from
 * its lines. Lines are taken by their day within [from, to] (all days when
 * either is missing); corrections are counted with the line that paid them,
 * whatever their own day. `scope` null: every factory (the tests' check).
 */
export async function ledgerCheck(
  db: Q,
  p: { scope: Actor | null; areaId?: number | undefined; from?: string | undefined; to?: string | undefined },
): Promise<LedgerFactoryRow[]> {
  const scope = p.scope ? sql`and ${areaInScope('f.area_id', p.scope)}` : sql``;
  const under = p.areaId ? sql`and ${areaUnder('f.area_id', p.areaId)}` : sql``;
  const { rows } = await sql<LedgerFactoryRow>`
    with f as (
      select f.id, f.name, f.area_id from micro_factories f where true ${scope} ${under}
    ), s as (
      select s.id, s.factory_id, s.work_date, s.total_fen, s.worker_count
      from settlements s join f on f.id = s.factory_id
      where s.work_date >= coalesce(${p.from ?? null}::date, '-infinity') and s.work_date <= coalesce(${p.to ?? null}::date, 'infinity')
    ), lines as (
      select l.id, l.settlement_id, l.worker_id, l.quantity, l.day_amount_e4, l.adjustment_e4, l.amount_fen
      from s join factory_workers w on w.factory_id = s.factory_id
      join settlement_lines l on l.worker_id = w.id and l.work_date = s.work_date and l.settlement_id = s.id
    ), on_day as (
      -- approved records counted on their own day: those that did not wait as an adjustment
      select s.id as settlement_id, r.worker_id, sum(r.quantity)::bigint as quantity, sum(r.quantity::bigint * r.rate_e4)::bigint as e4
      from s join piece_records r on r.factory_id = s.factory_id and r.work_date = s.work_date
      where r.state = 1 and not exists (select 1 from piece_adjustments a where a.record_id = r.id)
      group by s.id, r.worker_id
    ), paid_late as (
      -- corrections of settled days, valued from their records, and negative lines carried forward, valued
      -- from the figures of the line that carried them, with the settlement that paid them
      select a.settlement_id, a.worker_id, sum(coalesce(r.quantity::bigint * r.rate_e4, c.day_amount_e4 + c.adjustment_e4))::bigint as e4
      from s join piece_adjustments a on a.settlement_id = s.id and a.factory_id = s.factory_id
      left join piece_records r on r.id = a.record_id and r.state = 1
      left join settlement_lines c on c.id = a.carried_from_line_id
      where r.id is not null or c.id is not null
      group by a.settlement_id, a.worker_id
    ), expected as (
      select coalesce(d.settlement_id, j.settlement_id) as settlement_id, coalesce(d.worker_id, j.worker_id) as worker_id,
             coalesce(d.quantity, 0) as quantity, coalesce(d.e4, 0) as day_e4, coalesce(j.e4, 0) as adj_e4
      from on_day d full join paid_late j on j.settlement_id = d.settlement_id and j.worker_id = d.worker_id
    ), compared as (
      select coalesce(l.settlement_id, e.settlement_id) as settlement_id, l.settlement_id is not null as has_line,
             coalesce(l.amount_fen, 0) as amount_fen,
             -- a line pays its net rounded once, half-up; a negative net pays nothing and is carried (0024)
             round(greatest(coalesce(e.day_e4, 0) + coalesce(e.adj_e4, 0), 0)::numeric / 100)::bigint as expected_fen,
             (coalesce(l.quantity, 0) <> coalesce(e.quantity, 0) or coalesce(l.day_amount_e4, 0) <> coalesce(e.day_e4, 0)
               or coalesce(l.adjustment_e4, 0) <> coalesce(e.adj_e4, 0)
               or coalesce(l.amount_fen, 0) <> round(greatest(coalesce(e.day_e4, 0) + coalesce(e.adj_e4, 0), 0)::numeric / 100)
               -- a negative net is carried forward exactly once, at its full amount; nothing else is
               or (coalesce(l.day_amount_e4, 0) + coalesce(l.adjustment_e4, 0) < 0)
                  <> exists (select 1 from piece_adjustments k
                              where k.carried_from_line_id = l.id and k.amount_e4 = l.day_amount_e4 + l.adjustment_e4)
               or exists (select 1 from piece_adjustments k
                           where k.carried_from_line_id = l.id and k.amount_e4 <> l.day_amount_e4 + l.adjustment_e4)) as at_odds
      from lines l full join expected e on e.settlement_id = l.settlement_id and e.worker_id = l.worker_id
    ), by_settlement as (
      select s.id, s.factory_id, count(c.settlement_id) filter (where c.has_line)::int as lines,
             coalesce(sum(c.amount_fen), 0)::bigint as settled_fen, coalesce(sum(c.expected_fen), 0)::bigint as expected_fen,
             count(*) filter (where c.at_odds)::int as lines_at_odds,
             (s.total_fen <> coalesce(sum(c.amount_fen), 0) or s.worker_count <> count(c.settlement_id) filter (where c.has_line)) as at_odds
      from s left join compared c on c.settlement_id = s.id
      group by s.id, s.factory_id, s.total_fen, s.worker_count
    )
    select f.id as factory_id, f.name as factory_name,
           case a.level when 'community' then a.name when 'compound' then pa.name end as community_name,
           count(b.id)::int as settlements, coalesce(sum(b.lines), 0)::int as lines,
           coalesce(sum(b.settled_fen), 0)::bigint as settled_fen, coalesce(sum(b.expected_fen), 0)::bigint as expected_fen,
           coalesce(sum(b.lines_at_odds), 0)::int as lines_at_odds, count(b.id) filter (where b.at_odds)::int as settlements_at_odds,
           (select count(*) from piece_adjustments o where o.factory_id = f.id and o.settlement_id is null)::int as pending_adjustments,
           (select coalesce(sum(o.amount_e4), 0) from piece_adjustments o where o.factory_id = f.id and o.settlement_id is null)::bigint as pending_adjustment_e4
    from f join areas a on a.id = f.area_id left join areas pa on pa.id = a.parent_id
    left join by_settlement b on b.factory_id = f.id
    group by f.id, f.name, a.level, a.name, pa.name
    order by f.id`.execute(db);
  return rows;
}
