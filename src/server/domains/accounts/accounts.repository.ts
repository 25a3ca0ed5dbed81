import { sql } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { PREPARED, type Db } from '../../db/client';
import type { Database } from '../../db/types';
import type { Kysely, Transaction } from 'kysely';

type Q = Db | Transaction<Database>;

/** Everything a request needs to know about who is asking, for the account `u` (where the caller says). */
function actorRowQuery(db: Q) {
  return db.selectFrom('users as u').select([
    'u.id',
    'u.kind',
    'u.role',
    'u.display_name',
    'u.resident_id',
    'u.station_id',
    'u.institution_id',
    'u.locale',
    'u.elder_mode',
    'u.active',
    sql<boolean>`u.totp_enabled_at is not null`.as('totp_enabled'),
    sql<boolean>`coalesce((select value = 'true'::jsonb from settings where key = 'staff_totp_required'), false)`.as(
      'totp_required',
    ),
    sql<{ id: number; name: string; level: string; path: string }[]>`coalesce((
        select json_agg(json_build_object('id', a.id, 'name', a.name, 'level', a.level, 'path', a.path) order by a.path)
        from user_areas ua join areas a on a.id = ua.area_id where ua.user_id = u.id), '[]')`.as('areas'),
    sql<{ id: number; name: string }[]>`coalesce((
        select json_agg(json_build_object('id', e.id, 'name', e.name) order by e.id)
        from enterprise_members em join enterprises e on e.id = em.enterprise_id where em.user_id = u.id), '[]')`.as(
      'enterprises',
    ),
  ]);
}

export type ActorRow = NonNullable<Awaited<ReturnType<typeof findActorRow>>>;

export async function findActorRow(db: Q, userId: number) {
  return actorRowQuery(db).where('u.id', '=', userId).executeTakeFirst();
}

/**
 * A live session and the account it names, in one round trip: the session's data, and the account as
 * findActorRow reads it (null for a session nobody signed in to, or whose account is gone). Every signed-in
 * request runs it, so it is a prepared statement: parsed and planned once per connection (ADR 0078).
 */
export async function findSessionWithActor(db: Q, sid: string, now: Date) {
  return db
    .selectFrom('sessions as s')
    .select((eb) => ['s.data', jsonObjectFrom(actorRowQuery(db).where('u.id', '=', eb.ref('s.user_id'))).as('actor')])
    .where('s.sid', '=', sid)
    .where('s.expires_at', '>', now)
    .modifyEnd(sql.raw(PREPARED))
    .executeTakeFirst();
}

/** The staff account signing in; `forUpdate` holds its row until the transaction ends. */
export function findStaffByUsername(db: Q, username: string, forUpdate = false) {
  const query = db
    .selectFrom('users')
    .select([
      'id',
      'password_hash',
      'failed_logins',
      'locked_until',
      'lockouts',
      'active',
      'display_name',
      'role',
      'totp_secret_enc',
      'totp_last_step',
    ])
    .where('kind', '=', 'staff')
    .where('username', '=', username);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export function writeLoginState(
  db: Q,
  userId: number,
  state: { failedLogins: number; lockedUntil: Date | null; lockouts: number },
) {
  return db
    .updateTable('users')
    .set({ failed_logins: state.failedLogins, locked_until: state.lockedUntil, lockouts: state.lockouts })
    .where('id', '=', userId)
    .execute();
}

export function findUserByPhone(db: Q, phone: string) {
  return db
    .selectFrom('users')
    .select(['id', 'active', 'role', 'display_name', 'closed_at'])
    .where('phone', '=', phone)
    .executeTakeFirst();
}

export function findResidentByPhone(db: Q, phone: string) {
  return db.selectFrom('residents').select(['id', 'name']).where('phone', '=', phone).executeTakeFirst();
}

export function rootAreaId(db: Q) {
  return db
    .selectFrom('areas')
    .select('id')
    .where('parent_id', 'is', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
}

/** Codes sent to a phone, and from an IP, since the start of today's business day. */
export async function smsCounts(db: Q, phone: string, ip: string | null) {
  const startOfDay = sql<Date>`(date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai')`;
  const row = await db
    .selectFrom('sms_codes')
    .select([
      sql<number>`count(*) filter (where phone = ${phone})::int`.as('phoneToday'),
      sql<number>`count(*) filter (where ip = ${ip ?? ''})::int`.as('ipToday'),
      sql<Date | null>`max(created_at) filter (where phone = ${phone})`.as('lastAt'),
    ])
    .where('created_at', '>=', startOfDay)
    .where((eb) => eb.or([eb('phone', '=', phone), eb('ip', '=', ip ?? '')]))
    .executeTakeFirstOrThrow();
  return row;
}

export function insertSmsCode(
  db: Q,
  values: { phone: string; code_hash: string; ip: string | null; expires_at: Date },
) {
  return db.insertInto('sms_codes').values(values).returning('id').executeTakeFirstOrThrow();
}

/**
 * Counts a try against the phone's latest live code and returns the code to
 * check, in one statement: PostgreSQL re-checks `attempts < max` on the row it
 * updates, so of any number of tries at once only `max` are ever checked.
 * Nothing is returned when there is no live code or its tries are used up.
 */
export function claimCodeAttempt(db: Q, phone: string, maxAttempts: number) {
  return db
    .updateTable('sms_codes')
    .set({ attempts: sql`attempts + 1` })
    .where('id', '=', (eb) =>
      eb
        .selectFrom('sms_codes')
        .select('id')
        .where('phone', '=', phone)
        .where('consumed_at', 'is', null)
        .where('expires_at', '>', sql<Date>`now()`)
        .orderBy('created_at', 'desc')
        .limit(1),
    )
    .where('attempts', '<', maxAttempts)
    .returning(['id', 'code_hash'])
    .executeTakeFirst();
}

/** A code whose message could not be sent: it never reached anyone, so it counts against nothing. */
export function deleteSmsCode(db: Q, codeId: number) {
  return db.deleteFrom('sms_codes').where('id', '=', codeId).execute();
}

/** Atomic: only one login can consume a code. */
export async function consumeCode(db: Q, codeId: number): Promise<boolean> {
  const r = await db
    .updateTable('sms_codes')
    .set({ consumed_at: sql`now()` })
    .where('id', '=', codeId)
    .where('consumed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function updatePreferences(db: Q, userId: number, prefs: { locale?: 'zh-CN' | 'en'; elder_mode?: boolean }) {
  return db
    .updateTable('users')
    .set({ ...prefs, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}

export function deleteSessionsOf(db: Kysely<Database>, userId: number) {
  return db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function linkOwnedEnterprises(db: Q, userId: number, phone: string) {
  await db
    .insertInto('enterprise_members')
    .columns(['enterprise_id', 'user_id', 'role'])
    .expression((eb) =>
      eb
        .selectFrom('enterprises')
        .select(['id', sql.lit(userId).as('user_id'), sql.lit('owner').as('role')])
        .where('owner_phone', '=', phone),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}
