/** Organisations and rosters: SQL only. Scope is given by the service as a condition on the row's area. */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/client';
import type { Database } from '../../db/types';
import type { Insertable, Transaction } from 'kysely';

type Q = Db | Transaction<Database>;

export async function organisationRows(db: Q, scope: RawBuilder<boolean>, ids?: number[]) {
  let q = db
    .selectFrom('organisations as o')
    .innerJoin('areas as a', 'a.id', 'o.area_id')
    .select([
      'o.id',
      'o.name',
      'o.kind',
      'o.area_id',
      'a.name as area_name',
      'o.public',
      'o.summary',
      sql<number>`(select count(*)::int from organisation_members m where m.organisation_id = o.id)`.as('members'),
      sql<number>`(select count(*)::int from organisation_contacts k where k.organisation_id = o.id)`.as('contacts'),
    ])
    .where(sql<boolean>`${scope}`)
    .orderBy('a.path')
    .orderBy('o.kind')
    .orderBy('o.id');
  if (ids) q = q.where('o.id', 'in', ids.length ? ids : [0]);
  return q.execute();
}
export type OrganisationRow = Awaited<ReturnType<typeof organisationRows>>[number];

export async function membersOf(db: Q, organisationId: number) {
  return db
    .selectFrom('organisation_members as m')
    .leftJoin('residents as r', 'r.id', 'm.resident_id')
    .leftJoin('enterprises as e', 'e.id', 'm.enterprise_id')
    .select([
      'm.id',
      'm.resident_id',
      'm.enterprise_id',
      'r.name as resident_name',
      'e.name as enterprise_name',
      'm.role',
      'm.joined_on',
    ])
    .where('m.organisation_id', '=', organisationId)
    .orderBy('m.joined_on')
    .orderBy('m.id')
    .execute();
}

export async function contactsOf(db: Q, organisationId: number) {
  return db
    .selectFrom('organisation_contacts')
    .select(['id', 'name', 'role', 'phone'])
    .where('organisation_id', '=', organisationId)
    .orderBy('id')
    .execute();
}

export async function activitiesOf(db: Q, organisationId: number) {
  return db
    .selectFrom('organisation_activities')
    .select(['id', 'title', 'held_on', 'place'])
    .where('organisation_id', '=', organisationId)
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function insertOrganisation(trx: Q, values: Insertable<Database['organisations']>) {
  return trx
    .insertInto('organisations')
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
}

export async function organisationByKey(db: Q, userId: number, clientKey: string) {
  return db
    .selectFrom('organisations')
    .select('id')
    .where('created_by_user_id', '=', userId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

/** Adds a member once: a resident or enterprise already a member keeps the first row. */
export async function insertMember(trx: Q, values: Insertable<Database['organisation_members']>) {
  return trx
    .insertInto('organisation_members')
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
}

export async function deleteMember(trx: Q, organisationId: number, memberId: number) {
  return trx
    .deleteFrom('organisation_members')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', memberId)
    .returning(['id', 'resident_id', 'enterprise_id'])
    .executeTakeFirst();
}

export async function insertContact(trx: Q, values: Insertable<Database['organisation_contacts']>) {
  return trx
    .insertInto('organisation_contacts')
    .values(values)
    .onConflict((oc) => oc.columns(['organisation_id', 'phone']).doUpdateSet({ name: values.name, role: values.role }))
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function findContact(db: Q, organisationId: number, contactId: number) {
  return db
    .selectFrom('organisation_contacts')
    .select(['id', 'phone'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', contactId)
    .executeTakeFirst();
}

export async function insertActivity(trx: Q, values: Insertable<Database['organisation_activities']>) {
  return trx
    .insertInto('organisation_activities')
    .values(values)
    .onConflict((oc) => oc.columns(['organisation_id', 'held_on', 'title']).doUpdateSet({ place: values.place }))
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The area of a resident or an enterprise, when the condition on its area holds. */
export async function residentArea(db: Q, residentId: number, scope: RawBuilder<boolean>) {
  return db
    .selectFrom('residents as r')
    .select(['r.id', 'r.area_id'])
    .where('r.id', '=', residentId)
    .where(sql<boolean>`${scope}`)
    .executeTakeFirst();
}
export async function enterpriseArea(db: Q, enterpriseId: number, scope: RawBuilder<boolean>) {
  return db
    .selectFrom('enterprises as r')
    .select(['r.id', 'r.area_id'])
    .where('r.id', '=', enterpriseId)
    .where(sql<boolean>`${scope}`)
    .executeTakeFirst();
}

export async function areaInfo(db: Q, areaId: number, scope: RawBuilder<boolean>) {
  return db
    .selectFrom('areas as a')
    .select(['a.id', 'a.name', 'a.level', 'a.path'])
    .where('a.id', '=', areaId)
    .where(sql<boolean>`${scope}`)
    .executeTakeFirst();
}

// ── rosters ──

export async function specialistsOf(db: Q, areaId: number) {
  return db
    .selectFrom('employment_specialists as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.user_id', 'u.display_name', 'u.role', 's.duties'])
    .where('s.area_id', '=', areaId)
    .orderBy('s.id')
    .execute();
}

export async function residentsOfSpecialists(db: Q, specialistIds: number[]) {
  if (specialistIds.length === 0) return [];
  return db
    .selectFrom('specialist_assignments as x')
    .innerJoin('residents as r', 'r.id', 'x.resident_id')
    .innerJoin('areas as a', 'a.id', 'r.area_id')
    .select(['x.specialist_id', 'r.id', 'r.name', 'r.phone', 'a.name as area_name'])
    .where('x.specialist_id', 'in', specialistIds)
    .orderBy(sql`r.name collate "zh-x-icu"`)
    .orderBy('r.id')
    .execute();
}

/** Residents living in the community whom no specialist looks after: the first `limit` by name, and how many. */
export async function unassignedOf(db: Q, communityPath: string, limit: number) {
  const base = db
    .selectFrom('residents as r')
    .innerJoin('areas as a', 'a.id', 'r.area_id')
    .where('a.path', 'like', `${communityPath}%`)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('specialist_assignments as x').select('x.resident_id').whereRef('x.resident_id', '=', 'r.id'),
        ),
      ),
    );
  const [rows, total] = await Promise.all([
    base
      .select(['r.id', 'r.name', 'r.phone', 'a.name as area_name'])
      .orderBy(sql`r.name collate "zh-x-icu"`)
      .orderBy('r.id')
      .limit(limit)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

/** Staff who serve the community (an area above it or inside it, or a station in it) and are not on its roster. */
export async function candidatesOf(db: Q, areaId: number, communityPath: string, roles: readonly string[]) {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.display_name', 'u.role'])
    .where('u.kind', '=', 'staff')
    .where('u.role', 'in', [...roles])
    .where('u.active', '=', true)
    .where('u.closed_at', 'is', null)
    .where(servesCommunity(communityPath))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('employment_specialists as s')
            .select('s.id')
            .whereRef('s.user_id', '=', 'u.id')
            .where('s.area_id', '=', areaId),
        ),
      ),
    )
    .orderBy('u.role')
    .orderBy('u.id')
    .execute();
}

/** `u` (a user) serves the community at `communityPath`: an area of hers contains it or lies inside it. */
function servesCommunity(communityPath: string): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from user_areas ua join areas ar on ar.id = ua.area_id
     where ua.user_id = u.id and (${communityPath} like ar.path || '%' or ar.path like ${communityPath} || '%'))`;
}

export async function staffServing(db: Q, userId: number, communityPath: string, roles: readonly string[]) {
  return db
    .selectFrom('users as u')
    .select('u.id')
    .where('u.id', '=', userId)
    .where('u.kind', '=', 'staff')
    .where('u.role', 'in', [...roles])
    .where('u.active', '=', true)
    .where('u.closed_at', 'is', null)
    .where(servesCommunity(communityPath))
    .executeTakeFirst();
}

export async function insertSpecialist(trx: Q, values: Insertable<Database['employment_specialists']>) {
  return trx
    .insertInto('employment_specialists')
    .values(values)
    .onConflict((oc) => oc.columns(['area_id', 'user_id']).doUpdateSet({ duties: values.duties }))
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function specialistRow(db: Q, id: number, scope: RawBuilder<boolean>) {
  return db
    .selectFrom('employment_specialists as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .select(['s.id', 's.area_id', 'a.path'])
    .where('s.id', '=', id)
    .where(sql<boolean>`${scope}`)
    .executeTakeFirst();
}

export async function currentAssignment(trx: Q, residentId: number) {
  return trx
    .selectFrom('specialist_assignments')
    .select(['resident_id', 'specialist_id'])
    .where('resident_id', '=', residentId)
    .forUpdate()
    .executeTakeFirst();
}

export async function upsertAssignment(trx: Q, residentId: number, specialistId: number, by: number, at: Date) {
  await trx
    .insertInto('specialist_assignments')
    .values({ resident_id: residentId, specialist_id: specialistId, assigned_by_user_id: by, assigned_at: at })
    .onConflict((oc) =>
      oc.column('resident_id').doUpdateSet({ specialist_id: specialistId, assigned_by_user_id: by, assigned_at: at }),
    )
    .execute();
}

export async function deleteAssignment(trx: Q, residentId: number, specialistId: number) {
  return trx
    .deleteFrom('specialist_assignments')
    .where('resident_id', '=', residentId)
    .where('specialist_id', '=', specialistId)
    .returning('resident_id')
    .executeTakeFirst();
}

/** The residents a member of staff looks after, across every roster she is on. */
export async function residentsInCareOf(db: Q, userId: number) {
  return db
    .selectFrom('employment_specialists as s')
    .innerJoin('specialist_assignments as x', 'x.specialist_id', 's.id')
    .innerJoin('residents as r', 'r.id', 'x.resident_id')
    .innerJoin('areas as a', 'a.id', 'r.area_id')
    .innerJoin('areas as c', 'c.id', 's.area_id')
    .select(['r.id', 'r.name', 'r.phone', 'a.name as area_name', 'c.name as community_name', 's.duties'])
    .where('s.user_id', '=', userId)
    .orderBy(sql`r.name collate "zh-x-icu"`)
    .orderBy('r.id')
    .execute();
}

export async function specialistOfResident(db: Q, residentId: number) {
  return db
    .selectFrom('specialist_assignments as x')
    .innerJoin('employment_specialists as s', 's.id', 'x.specialist_id')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('areas as c', 'c.id', 's.area_id')
    .select(['u.display_name', 'c.name as community_name', 's.duties'])
    .where('x.resident_id', '=', residentId)
    .executeTakeFirst();
}

/** Residents and enterprises whose name holds `q`, under the condition on their area (`r.area_id`). */
export async function memberCandidates(db: Q, q: string, scope: RawBuilder<boolean>, limit: number) {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const [residents, enterprises] = await Promise.all([
    db
      .selectFrom('residents as r')
      .innerJoin('areas as a', 'a.id', 'r.area_id')
      .select(['r.id', 'r.name', 'r.phone', 'a.name as area_name'])
      .where('r.name', 'like', like)
      .where(sql<boolean>`${scope}`)
      .orderBy(sql`r.name collate "zh-x-icu"`)
      .orderBy('r.id')
      .limit(limit)
      .execute(),
    db
      .selectFrom('enterprises as r')
      .innerJoin('areas as a', 'a.id', 'r.area_id')
      .select(['r.id', 'r.name', 'a.name as area_name'])
      .where('r.name', 'like', like)
      .where(sql<boolean>`${scope}`)
      .orderBy('r.id')
      .limit(limit)
      .execute(),
  ]);
  return { residents, enterprises };
}
