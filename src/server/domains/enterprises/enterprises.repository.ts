import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/client';
import { pageWithTotal } from '../../db/paging';
import type { Insertable, Updateable } from 'kysely';
import type { Database, EnterprisesTable } from '../../db/types';
import type { Actor } from '../../core/actor';
import { areaInScope, areaUnder } from '../../http/scope';
import { communityNameOfArea, countInScope } from '../areas';

type Q = Db | Transaction<Database>;

function baseSelect(db: Q) {
  return db
    .selectFrom('enterprises as e')
    .innerJoin('areas as a', 'a.id', 'e.area_id')
    .leftJoin('areas as p', 'p.id', 'a.parent_id')
    .select([
      'e.id',
      'e.name',
      'e.credit_code',
      'e.type',
      'e.area_id',
      'e.owner_name',
      'e.owner_phone',
      'e.established_on',
      'e.verified_at',
      'e.created_at',
      'a.name as area_name',
      communityNameOfArea.as('community_name'),
    ]);
}

export type EnterpriseListRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['execute']>>[number];

type EnterpriseFilter = { q?: string | undefined; areaId?: number | undefined; type?: string | undefined };

function filtered(db: Q, actor: Actor, f: EnterpriseFilter) {
  let q = db.selectFrom('enterprises as e').where(areaInScope('e.area_id', actor));
  if (f.areaId) q = q.where(areaUnder('e.area_id', f.areaId));
  if (f.type) q = q.where('e.type', '=', f.type as EnterprisesTable['type']);
  if (f.q && /^[0-9A-Z]{18}$/i.test(f.q)) q = q.where('e.credit_code', '=', f.q.toUpperCase());
  else if (f.q) q = q.where('e.name', 'like', `%${f.q.replace(/[\\%_]/g, '\\$&')}%`);
  return q;
}

/** Without a search or label filter the total comes from the per-area rollup. */
const unfiltered = (f: EnterpriseFilter) => !f.q && !f.type;

export async function listEnterprises(db: Db, actor: Actor, f: EnterpriseFilter, page: number, pageSize: number) {
  const ids = filtered(db, actor, f)
    .select('e.id')
    .orderBy('e.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return pageWithTotal(
    baseSelect(db).where('e.id', 'in', ids).orderBy('e.id', 'desc').execute(),
    unfiltered(f)
      ? countInScope(db, actor, 'enterprises', f.areaId)
      : filtered(db, actor, f)
          .select(sql<number>`count(*)::int`.as('n'))
          .executeTakeFirstOrThrow(),
  );
}

export function findEnterpriseInScope(db: Q, actor: Actor, id: number) {
  return baseSelect(db).where('e.id', '=', id).where(areaInScope('e.area_id', actor)).executeTakeFirst();
}

export function findEnterpriseById(db: Q, id: number) {
  return baseSelect(db).where('e.id', '=', id).executeTakeFirst();
}

export function insertEnterprise(trx: Transaction<Database>, values: Insertable<EnterprisesTable>) {
  return trx.insertInto('enterprises').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateEnterprise(trx: Transaction<Database>, id: number, values: Updateable<EnterprisesTable>) {
  return trx.updateTable('enterprises').set(values).where('id', '=', id).execute();
}

/** The owner's phone user, if they have signed in, acts for the enterprise. */
export async function linkOwnerMembership(trx: Transaction<Database>, enterpriseId: number, ownerPhone: string) {
  const user = await trx.selectFrom('users').select('id').where('phone', '=', ownerPhone).executeTakeFirst();
  if (!user) return;
  await trx
    .insertInto('enterprise_members')
    .values({ enterprise_id: enterpriseId, user_id: user.id, role: 'owner' })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Whether the enterprise registered under this credit code is in the actor's areas; null when none is. */
export async function holderInScope(db: Q, actor: Actor, creditCode: string): Promise<boolean | null> {
  const row = await db
    .selectFrom('enterprises as e')
    .select(areaInScope('e.area_id', actor).as('in_scope'))
    .where('e.credit_code', '=', creditCode)
    .executeTakeFirst();
  return row ? row.in_scope : null;
}

export function findAreaPath(db: Q, id: number) {
  return db.selectFrom('areas').select(['id', 'path', 'level']).where('id', '=', id).executeTakeFirst();
}

/** The credit codes among these already on file (an import's rows). */
export async function existingCreditCodes(db: Q, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('enterprises')
    .select('credit_code')
    .where('credit_code', 'in', [...codes])
    .execute();
  return rows.map((r) => r.credit_code);
}
