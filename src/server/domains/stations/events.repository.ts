/** The stations' events, registrations, waitlists and booths: SQL only. */
import { type Insertable, type RawBuilder, sql, type Transaction, type Updateable } from 'kysely';
import type { Db } from '../../db/client';
import type { Database, StationEventRegistrationsTable, StationEventsTable } from '../../db/types';

type Q = Db | Transaction<Database>;

function eventSelect(db: Q) {
  return db
    .selectFrom('station_events as ev')
    .innerJoin('stations as s', 's.id', 'ev.station_id')
    .select([
      'ev.id',
      'ev.station_id',
      's.name as station_name',
      's.address as station_address',
      'ev.kind',
      'ev.title',
      'ev.description',
      'ev.day',
      sql<string>`to_char(ev.starts, 'HH24:MI')`.as('starts'),
      sql<string>`to_char(ev.ends, 'HH24:MI')`.as('ends'),
      'ev.capacity',
      'ev.taken',
      'ev.booths',
      'ev.booths_taken',
      'ev.confirm_hours',
      sql<number>`(select count(*)::int from station_event_registrations w where w.event_id = ev.id and w.status = 'waitlisted')`.as(
        'waitlisted',
      ),
    ]);
}
export type EventRow = Awaited<ReturnType<ReturnType<typeof eventSelect>['execute']>>[number];

/** Events from a day on, those a condition on the station `s` admits, soonest first. */
export function listEvents(db: Q, scope: RawBuilder<boolean>, filter: { from: string; kind?: EventRow['kind'] }) {
  let q = eventSelect(db).where(scope).where('ev.day', '>=', filter.from);
  if (filter.kind) q = q.where('ev.kind', '=', filter.kind);
  return q.orderBy('ev.day').orderBy('ev.starts').orderBy('ev.id').execute();
}

export function findEvent(db: Q, id: number, scope: RawBuilder<boolean>) {
  return eventSelect(db).where('ev.id', '=', id).where(scope).executeTakeFirst();
}

export function insertEvent(trx: Transaction<Database>, values: Insertable<StationEventsTable>) {
  return trx.insertInto('station_events').values(values).returning('id').executeTakeFirstOrThrow();
}

/** One seat of the event, or nothing when every seat is held: one conditional update (ADR 0066). */
export function takeEventSeat(trx: Transaction<Database>, eventId: number) {
  return trx
    .updateTable('station_events')
    .set({ taken: sql`taken + 1` })
    .where('id', '=', eventId)
    .where(sql<boolean>`taken < capacity`)
    .returning('id')
    .executeTakeFirst();
}

export function giveEventSeat(trx: Transaction<Database>, eventId: number) {
  return trx
    .updateTable('station_events')
    .set({ taken: sql`taken - 1` })
    .where('id', '=', eventId)
    .execute();
}

// ── registrations ──

function registrationSelect(db: Q) {
  return db
    .selectFrom('station_event_registrations as rg')
    .innerJoin('residents as r', 'r.id', 'rg.resident_id')
    .select([
      'rg.id',
      'rg.event_id',
      'rg.resident_id',
      'r.name as resident_name',
      'r.phone as resident_phone',
      'rg.status',
      'rg.code',
      'rg.client_key',
      'rg.offered_until',
      'rg.checked_in_at',
      sql<
        number | null
      >`case when rg.status = 'waitlisted' then (select count(*)::int from station_event_registrations w
        where w.event_id = rg.event_id and w.status = 'waitlisted' and w.id <= rg.id) end`.as('position'),
    ]);
}
export type RegistrationRow = Awaited<ReturnType<ReturnType<typeof registrationSelect>['execute']>>[number];

export function findRegistration(db: Q, id: number) {
  return registrationSelect(db).where('rg.id', '=', id).executeTakeFirst();
}

export function findRegistrationByKey(db: Q, residentId: number, clientKey: string) {
  return registrationSelect(db)
    .where('rg.resident_id', '=', residentId)
    .where('rg.client_key', '=', clientKey)
    .executeTakeFirst();
}

/** A resident's live registration for an event, if any. */
export function liveRegistration(db: Q, eventId: number, residentId: number) {
  return registrationSelect(db)
    .where('rg.event_id', '=', eventId)
    .where('rg.resident_id', '=', residentId)
    .where('rg.status', 'in', ['registered', 'waitlisted', 'offered', 'attended'])
    .executeTakeFirst();
}

export function registrationsOfResident(db: Q, residentId: number) {
  return registrationSelect(db).where('rg.resident_id', '=', residentId).orderBy('rg.id', 'desc').limit(50).execute();
}

export function registrationsOfEvent(db: Q, eventId: number) {
  return registrationSelect(db)
    .where('rg.event_id', '=', eventId)
    .where('rg.status', '!=', 'cancelled')
    .orderBy(
      sql`case rg.status when 'attended' then 0 when 'registered' then 1 when 'offered' then 2 when 'waitlisted' then 3 else 4 end`,
    )
    .orderBy('rg.id')
    .execute();
}

export function findByDoorCode(db: Q, eventId: number, code: string) {
  return registrationSelect(db)
    .where('rg.event_id', '=', eventId)
    .where('rg.code', '=', code)
    .where('rg.status', 'in', ['registered', 'waitlisted', 'offered'])
    .executeTakeFirst();
}

export function insertRegistration(trx: Transaction<Database>, values: Insertable<StationEventRegistrationsTable>) {
  return trx.insertInto('station_event_registrations').values(values).returning('id').executeTakeFirstOrThrow();
}

export function lockRegistration(trx: Transaction<Database>, id: number) {
  return trx
    .selectFrom('station_event_registrations')
    .select(['id', 'event_id', 'resident_id', 'status', 'offered_until'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function updateRegistration(
  trx: Transaction<Database>,
  id: number,
  values: Updateable<StationEventRegistrationsTable>,
) {
  return trx.updateTable('station_event_registrations').set(values).where('id', '=', id).execute();
}

/** The first one waiting for the event, locked; one another promotion holds is passed over. */
export function nextWaiting(trx: Transaction<Database>, eventId: number) {
  return trx
    .selectFrom('station_event_registrations')
    .select(['id', 'resident_id'])
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/** Offers whose time to confirm has run out, locked, a batch at a time. */
export function lapsedOffers(trx: Transaction<Database>, now: Date, limit: number) {
  return trx
    .selectFrom('station_event_registrations')
    .select(['id', 'event_id', 'resident_id'])
    .where('status', '=', 'offered')
    .where('offered_until', '<=', now)
    .orderBy('offered_until')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Upcoming events with a seat free while someone waits (a seat given back as she joined the list). */
export function eventsWithFreeSeatAndQueue(db: Q, today: string) {
  return db
    .selectFrom('station_events as ev')
    .select('ev.id')
    .where('ev.day', '>=', today)
    .where(sql<boolean>`ev.taken < ev.capacity`)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('station_event_registrations as w')
          .select('w.id')
          .whereRef('w.event_id', '=', 'ev.id')
          .where('w.status', '=', 'waitlisted'),
      ),
    )
    .execute();
}

export function userOfResident(db: Q, residentId: number) {
  return db
    .selectFrom('users')
    .select(['id', 'locale'])
    .where('resident_id', '=', residentId)
    .where('active', '=', true)
    .execute();
}

// ── booths ──

export function boothsOf(db: Q, eventIds: number[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('station_event_booths as b')
    .innerJoin('enterprises as e', 'e.id', 'b.enterprise_id')
    .select(['b.event_id', 'b.enterprise_id', 'e.name'])
    .where('b.event_id', 'in', eventIds)
    .orderBy('b.created_at')
    .orderBy('b.enterprise_id')
    .execute();
}

/** A booth for the enterprise, or nothing when it holds one already or every booth is taken. */
export async function takeBooth(trx: Transaction<Database>, eventId: number, enterpriseId: number, userId: number) {
  const inserted = await trx
    .insertInto('station_event_booths')
    .values({ event_id: eventId, enterprise_id: enterpriseId, registered_by_user_id: userId })
    .onConflict((oc) => oc.columns(['event_id', 'enterprise_id']).doNothing())
    .returning('event_id')
    .executeTakeFirst();
  if (!inserted) return 'held' as const;
  const seat = await trx
    .updateTable('station_events')
    .set({ booths_taken: sql`booths_taken + 1` })
    .where('id', '=', eventId)
    .where(sql<boolean>`booths_taken < booths`)
    .returning('id')
    .executeTakeFirst();
  return seat ? ('taken' as const) : ('full' as const);
}

/** Each event in the range with its seats held, attendance and waitlist, over the stations a scope admits. */
export function eventUse(db: Q, scope: RawBuilder<boolean>, from: string, to: string) {
  return db
    .selectFrom('station_events as ev')
    .innerJoin('stations as s', 's.id', 'ev.station_id')
    .select([
      'ev.id',
      's.name as station_name',
      'ev.kind',
      'ev.title',
      sql<string>`to_char(ev.day, 'YYYY-MM-DD')`.as('day'),
      'ev.capacity',
      'ev.taken as registered',
      sql<number>`(select count(*)::int from station_event_registrations a where a.event_id = ev.id and a.status = 'attended')`.as(
        'attended',
      ),
      sql<number>`(select count(*)::int from station_event_registrations w where w.event_id = ev.id and w.status = 'waitlisted')`.as(
        'waitlisted',
      ),
    ])
    .where(scope)
    .where('ev.day', '>=', from)
    .where('ev.day', '<=', to)
    .orderBy('ev.day')
    .orderBy('ev.id')
    .execute();
}
