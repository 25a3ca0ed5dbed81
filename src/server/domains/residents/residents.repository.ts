import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/client';
import { pageAndTotalInOne } from '../../db/paging';
import type { Database, NewResident, ResidentUpdate } from '../../db/types';
import type { Actor } from '../../core/actor';
import { areaInScope, areaUnder } from '../../http/scope';
import { communityNameOfArea, countInScopeQuery } from '../areas';

type Q = Db | Transaction<Database>;

export interface ResidentFilter {
  q?: string | undefined;
  /** A blind-index hash when q is a 身份证 number. */
  idHash?: Buffer | undefined;
  areaId?: number | undefined;
  label?: string | undefined;
}

function baseSelect(db: Q) {
  return db
    .selectFrom('residents as r')
    .innerJoin('areas as a', 'a.id', 'r.area_id')
    .leftJoin('areas as p', 'p.id', 'a.parent_id')
    .select([
      'r.id',
      'r.name',
      'r.gender',
      'r.birth_date',
      'r.phone',
      'r.id_number_masked',
      'r.area_id',
      'r.labels',
      'a.name as area_name',
      'a.level as area_level',
      communityNameOfArea.as('community_name'),
    ]);
}

function filtered(db: Q, actor: Actor, f: ResidentFilter) {
  let q = db.selectFrom('residents as r').where(areaInScope('r.area_id', actor));
  if (f.areaId) q = q.where(areaUnder('r.area_id', f.areaId));
  if (f.label) q = q.where(sql<boolean>`${f.label} = any(r.labels)`);
  if (f.idHash) q = q.where('r.id_number_hash', '=', f.idHash);
  else if (f.q && /^1[3-9]\d{9}$/.test(f.q)) q = q.where('r.phone', '=', f.q);
  else if (f.q) q = q.where('r.name', 'like', `%${f.q.replace(/[\\%_]/g, '\\$&')}%`);
  return q;
}

/** Without a search or label filter the total comes from the per-area rollup. */
const unfiltered = (f: ResidentFilter) => !f.q && !f.idHash && !f.label;

/**
 * A page of the registry and its total in one statement: the total from the per-area rollup when no filter
 * applies, else the same filter counted. The page finds its ids newest first through the primary key. The
 * unfiltered list (the everyday first screen) is a prepared statement; a search is planned for its words.
 */
export async function listResidents(db: Db, actor: Actor, f: ResidentFilter, page: number, pageSize: number) {
  const ids = filtered(db, actor, f)
    .select('r.id')
    .orderBy('r.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return pageAndTotalInOne(
    db,
    baseSelect(db).where('r.id', 'in', ids).orderBy('r.id', 'desc'),
    unfiltered(f)
      ? countInScopeQuery(db, actor, 'residents', f.areaId)
      : filtered(db, actor, f).select(sql<number>`count(*)::int`.as('n')),
    unfiltered(f),
  );
}

export function findResidentInScope(db: Q, actor: Actor, id: number) {
  return baseSelect(db)
    .leftJoin('users as cu', 'cu.id', 'r.created_by_user_id')
    .select(['r.hukou_area', 'r.created_at', 'r.updated_at', 'cu.display_name as created_by', 'r.id_number_enc'])
    .where('r.id', '=', id)
    .where(areaInScope('r.area_id', actor))
    .executeTakeFirst();
}

export function findResidentById(db: Q, id: number) {
  return baseSelect(db)
    .leftJoin('users as cu', 'cu.id', 'r.created_by_user_id')
    .select(['r.hukou_area', 'r.created_at', 'r.updated_at', 'cu.display_name as created_by', 'r.id_number_enc'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export type ResidentDetailRow = NonNullable<Awaited<ReturnType<typeof findResidentById>>>;
export type ResidentListRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['execute']>>[number];

export function lockResident(trx: Transaction<Database>, id: number) {
  return trx.selectFrom('residents').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertResident(trx: Transaction<Database>, values: NewResident) {
  return trx.insertInto('residents').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateResident(trx: Transaction<Database>, id: number, values: ResidentUpdate) {
  return trx.updateTable('residents').set(values).where('id', '=', id).execute();
}

export function insertConsent(
  trx: Transaction<Database>,
  v: {
    resident_id: number;
    purpose: string;
    scope: Record<string, unknown>;
    method: 'in_app' | 'paper' | 'verbal_witnessed';
    recorded_by_user_id: number;
    granted_at?: Date;
  },
) {
  return trx
    .insertInto('consents')
    .values({ ...v, scope: JSON.stringify(v.scope) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * Whether the resident who holds this phone or 身份证 lives in the actor's areas;
 * null when nobody holds it.
 */
export async function holderInScope(
  db: Q,
  actor: Actor,
  holder: { phone: string } | { idHash: Buffer },
): Promise<boolean | null> {
  let q = db.selectFrom('residents as r').select(areaInScope('r.area_id', actor).as('in_scope'));
  q = 'phone' in holder ? q.where('r.phone', '=', holder.phone) : q.where('r.id_number_hash', '=', holder.idHash);
  const row = await q.executeTakeFirst();
  return row ? row.in_scope : null;
}

/** A compound or community the new home must be; null when it is neither. */
export function findHomeArea(db: Q, id: number) {
  return db
    .selectFrom('areas')
    .select(['id', 'path', 'level'])
    .where('id', '=', id)
    .where('level', 'in', ['compound', 'community'])
    .executeTakeFirst();
}

/** The 身份证 blind indexes among these that a resident already holds (an import's rows on file). */
export async function existingIdHashes(db: Q, hashes: readonly Buffer[]): Promise<Buffer[]> {
  if (hashes.length === 0) return [];
  const rows = await db
    .selectFrom('residents')
    .select('id_number_hash')
    .where('id_number_hash', 'in', [...hashes])
    .execute();
  return rows.map((r) => r.id_number_hash).filter((h): h is Buffer => h !== null);
}

/** The phones among these that a resident already holds. */
export async function takenPhones(db: Q, phones: readonly string[]): Promise<string[]> {
  if (phones.length === 0) return [];
  const rows = await db
    .selectFrom('residents')
    .select('phone')
    .where('phone', 'in', [...phones])
    .execute();
  return rows.map((r) => r.phone);
}
