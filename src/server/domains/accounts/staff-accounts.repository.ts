import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/client';
import { pageWithTotal } from '../../db/paging';
import type { Database } from '../../db/types';

type Q = Db | Transaction<Database>;

function baseSelect(db: Q) {
  return db
    .selectFrom('users as u')
    .leftJoin('stations as s', 's.id', 'u.station_id')
    .leftJoin('institutions as i', 'i.id', 'u.institution_id')
    .where('u.kind', '=', 'staff')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.station_id',
      's.name as station_name',
      'u.institution_id',
      'i.name as institution_name',
      'u.active',
      'u.created_at',
      sql<boolean>`coalesce(u.locked_until > now(), false)`.as('locked'),
      sql<boolean>`u.totp_enabled_at is not null`.as('totp_enabled'),
      sql<{ id: number; name: string }[]>`coalesce((
        select json_agg(json_build_object('id', a.id, 'name', a.name) order by a.path)
        from user_areas ua join areas a on a.id = ua.area_id where ua.user_id = u.id), '[]')`.as('areas'),
    ]);
}

export type StaffAccountRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['execute']>>[number];

export async function listStaffAccounts(
  db: Db,
  f: { q?: string | undefined; role?: string | undefined },
  page: number,
  pageSize: number,
) {
  let q = db.selectFrom('users as u').where('u.kind', '=', 'staff');
  if (f.role) q = q.where('u.role', '=', f.role);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    q = q.where((eb) => eb.or([eb('u.username', 'like', like), eb('u.display_name', 'like', like)]));
  }
  const ids = q
    .select('u.id')
    .orderBy('u.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return pageWithTotal(
    baseSelect(db).where('u.id', 'in', ids).orderBy('u.id', 'desc').execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  );
}

export function findStaffAccount(db: Q, id: number) {
  return baseSelect(db).where('u.id', '=', id).executeTakeFirst();
}

export function lockStaffAccount(trx: Transaction<Database>, id: number) {
  return trx
    .selectFrom('users')
    .select(['id', 'role'])
    .where('id', '=', id)
    .where('kind', '=', 'staff')
    .forUpdate()
    .executeTakeFirst();
}

export function insertStaffAccount(
  trx: Transaction<Database>,
  v: { username: string; display_name: string; password_hash: string; created_by_user_id: number },
) {
  return trx
    .insertInto('users')
    .values({ ...v, kind: 'staff', role: 'unassigned', active: false, updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function replaceAreas(trx: Transaction<Database>, userId: number, areaIds: number[]) {
  await trx.deleteFrom('user_areas').where('user_id', '=', userId).execute();
  if (areaIds.length)
    await trx
      .insertInto('user_areas')
      .values(areaIds.map((area_id) => ({ user_id: userId, area_id })))
      .execute();
}

export function options(db: Db) {
  return Promise.all([
    db.selectFrom('stations').select(['id', 'name', 'kind']).orderBy('id').execute(),
    db.selectFrom('institutions').select(['id', 'name', 'kind']).orderBy('id').execute(),
  ]);
}
