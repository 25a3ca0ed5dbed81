/** Service stations, slots, appointments and ratings: SQL only. */
import { type Insertable, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Db } from '../../db/client';
import type { Database, StationAppointmentsTable } from '../../db/types';

type Q = Db | Transaction<Database>;

function stationSelect(db: Q) {
  return db
    .selectFrom('stations as s')
    .innerJoin('areas as a', 'a.id', 's.area_id')
    .select([
      's.id',
      's.name',
      's.kind',
      's.area_id',
      'a.name as area_name',
      'a.path as area_path',
      's.address',
      's.phone',
      's.lat',
      's.lng',
      's.services',
    ])
    .where('s.active', '=', true);
}
export type StationRow = Awaited<ReturnType<ReturnType<typeof stationSelect>['execute']>>[number];

/** The stations a condition on `s` admits (the caller's scope), by kind then name. */
export function listStations(
  db: Q,
  scope: RawBuilder<boolean>,
  filter: { kind?: StationRow['kind']; under?: RawBuilder<boolean> },
) {
  let q = stationSelect(db).where(scope);
  if (filter.kind) q = q.where('s.kind', '=', filter.kind);
  if (filter.under) q = q.where(filter.under);
  return q.orderBy('s.kind').orderBy('s.name').execute();
}

export function findStation(db: Q, id: number, scope: RawBuilder<boolean>) {
  return stationSelect(db).where('s.id', '=', id).where(scope).executeTakeFirst();
}

/** Every active station with a point on the map (the resident's nearby list filters them by walk). */
export function stationsWithPlace(db: Q) {
  return stationSelect(db).where('s.lat', 'is not', null).where('s.lng', 'is not', null).execute();
}

export function hoursOf(db: Q, stationIds: number[]) {
  if (stationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('station_hours')
    .select([
      'station_id',
      'weekday',
      sql<string>`to_char(opens, 'HH24:MI')`.as('opens'),
      sql<string>`to_char(closes, 'HH24:MI')`.as('closes'),
    ])
    .where('station_id', 'in', stationIds)
    .orderBy('station_id')
    .orderBy('weekday')
    .orderBy('opens')
    .execute();
}

export function closuresOf(db: Q, stationIds: number[], fromDay: string, toDay?: string) {
  if (stationIds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('station_closures')
    .select(['station_id', 'day', 'reason'])
    .where('station_id', 'in', stationIds)
    .where('day', '>=', fromDay);
  if (toDay) q = q.where('day', '<=', toDay);
  return q.orderBy('day').execute();
}

export function staffOf(db: Q, stationId: number) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'username'])
    .where('station_id', '=', stationId)
    .where('active', '=', true)
    .orderBy('id')
    .execute();
}

// ── slots ──

function slotSelect(db: Q) {
  return db
    .selectFrom('station_slots as sl')
    .select([
      'sl.id',
      'sl.station_id',
      'sl.service',
      'sl.day',
      sql<string>`to_char(sl.starts, 'HH24:MI')`.as('starts'),
      sql<string>`to_char(sl.ends, 'HH24:MI')`.as('ends'),
      'sl.capacity',
      'sl.booked',
    ]);
}
export type SlotRow = Awaited<ReturnType<ReturnType<typeof slotSelect>['execute']>>[number];

export function listSlots(db: Q, stationId: number, from: string, to: string, service?: string) {
  let q = slotSelect(db).where('sl.station_id', '=', stationId).where('sl.day', '>=', from).where('sl.day', '<=', to);
  if (service) q = q.where('sl.service', '=', service);
  return q.orderBy('sl.day').orderBy('sl.starts').orderBy('sl.service').execute();
}

export function findSlot(db: Q, id: number) {
  return slotSelect(db).where('sl.id', '=', id).executeTakeFirst();
}

export function insertSlot(
  trx: Transaction<Database>,
  values: {
    station_id: number;
    service: string;
    day: string;
    starts: string;
    ends: string;
    capacity: number;
    created_by_user_id: number;
  },
) {
  return trx
    .insertInto('station_slots')
    .values(values)
    .onConflict((oc) => oc.columns(['station_id', 'service', 'day', 'starts']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/**
 * Takes one seat of a slot, or nothing when it is full: one conditional update, so two bookings
 * for the last seat cannot both succeed — the second waits for the first's row lock, then sees
 * `booked = capacity` and updates nothing (ADR 0058).
 */
export function takeSeat(trx: Transaction<Database>, slotId: number) {
  return trx
    .updateTable('station_slots')
    .set({ booked: sql`booked + 1` })
    .where('id', '=', slotId)
    .where(sql<boolean>`booked < capacity`)
    .returning('id')
    .executeTakeFirst();
}

/** Gives a seat back (a cancellation, or the old slot of a move). */
export function giveSeat(trx: Transaction<Database>, slotId: number) {
  return trx
    .updateTable('station_slots')
    .set({ booked: sql`booked - 1` })
    .where('id', '=', slotId)
    .execute();
}

// ── appointments ──

function appointmentSelect(db: Q) {
  return db
    .selectFrom('station_appointments as ap')
    .innerJoin('station_slots as sl', 'sl.id', 'ap.slot_id')
    .innerJoin('stations as s', 's.id', 'ap.station_id')
    .innerJoin('residents as r', 'r.id', 'ap.resident_id')
    .innerJoin('areas as ra', 'ra.id', 'r.area_id')
    .leftJoin('users as b', 'b.id', 'ap.booked_by_user_id')
    .leftJoin('station_ratings as rt', 'rt.appointment_id', 'ap.id')
    .select([
      'ap.id',
      'ap.status',
      'ap.code',
      'ap.purpose',
      'ap.station_id',
      's.name as station_name',
      's.address as station_address',
      's.area_id as station_area_id',
      'ap.slot_id',
      'sl.service',
      'sl.day',
      sql<string>`to_char(sl.starts, 'HH24:MI')`.as('starts'),
      sql<string>`to_char(sl.ends, 'HH24:MI')`.as('ends'),
      'ap.resident_id',
      'r.name as resident_name',
      'r.phone as resident_phone',
      'ra.path as resident_area_path',
      'ap.assisted',
      'b.display_name as booked_by_name',
      'ap.checked_in_at',
      'ap.service_record',
      'ap.client_key',
      'rt.score as rating_score',
      'rt.comment as rating_comment',
    ]);
}
export type AppointmentRow = Awaited<ReturnType<ReturnType<typeof appointmentSelect>['execute']>>[number];

export function findAppointment(db: Q, id: number) {
  return appointmentSelect(db).where('ap.id', '=', id).executeTakeFirst();
}

export function findByClientKey(db: Q, residentId: number, clientKey: string) {
  return appointmentSelect(db)
    .where('ap.resident_id', '=', residentId)
    .where('ap.client_key', '=', clientKey)
    .executeTakeFirst();
}

export function appointmentsOfResident(db: Q, residentId: number) {
  return appointmentSelect(db)
    .where('ap.resident_id', '=', residentId)
    .orderBy('sl.day', 'desc')
    .orderBy('sl.starts', 'desc')
    .limit(100)
    .execute();
}

export function appointmentsOfSlots(db: Q, slotIds: number[]) {
  if (slotIds.length === 0) return Promise.resolve([]);
  return appointmentSelect(db)
    .where('ap.slot_id', 'in', slotIds)
    .where('ap.status', '<>', 'cancelled')
    .orderBy('ap.id')
    .execute();
}

/** A booking of the station for the day with this code (what the agent types at the desk). */
export function findBookedByCode(db: Q, stationId: number, code: string, day: string) {
  return appointmentSelect(db)
    .where('ap.station_id', '=', stationId)
    .where('ap.code', '=', code)
    .where('ap.status', '=', 'booked')
    .where('sl.day', '=', day)
    .executeTakeFirst();
}

/** The appointment's row, locked for a change of its status. */
export function lockAppointment(trx: Transaction<Database>, id: number) {
  return trx
    .selectFrom('station_appointments')
    .select(['id', 'status', 'slot_id', 'station_id', 'resident_id'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function insertAppointment(trx: Transaction<Database>, values: Insertable<StationAppointmentsTable>) {
  return trx.insertInto('station_appointments').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateAppointment(
  trx: Transaction<Database>,
  id: number,
  values: Partial<{
    status: 'booked' | 'cancelled' | 'checked_in' | 'served' | 'no_show';
    slot_id: number;
    checked_in_at: Date;
    checked_in_by_user_id: number;
    service_record: string;
    served_at: Date;
    served_by_user_id: number;
    closed_at: Date;
  }>,
) {
  return trx.updateTable('station_appointments').set(values).where('id', '=', id).execute();
}

/** Whether a code is taken among the station's open bookings (codes are unique there by index). */
export async function codeTaken(db: Q, stationId: number, code: string) {
  const row = await db
    .selectFrom('station_appointments')
    .select('id')
    .where('station_id', '=', stationId)
    .where('code', '=', code)
    .where('status', '=', 'booked')
    .executeTakeFirst();
  return row !== undefined;
}

export function findResidentPlace(db: Q, residentId: number) {
  return db
    .selectFrom('residents as r')
    .innerJoin('areas as a', 'a.id', 'r.area_id')
    .select(['r.id', 'r.name', 'a.id as area_id', 'a.name as area_name', 'a.path as area_path', 'a.lat', 'a.lng'])
    .where('r.id', '=', residentId)
    .executeTakeFirst();
}

export function findArea(db: Q, id: number) {
  return db.selectFrom('areas').select(['id', 'name', 'lat', 'lng']).where('id', '=', id).executeTakeFirst();
}

/** Places booked and offered per station and week (weeks from Monday), over the stations a scope admits. */
export function capacityByWeek(db: Q, scope: RawBuilder<boolean>, from: string, to: string) {
  return db
    .selectFrom('station_slots as sl')
    .innerJoin('stations as s', 's.id', 'sl.station_id')
    .select([
      's.id as station_id',
      's.name as station_name',
      sql<string>`to_char(date_trunc('week', sl.day), 'YYYY-MM-DD')`.as('week'),
      sql<number>`sum(sl.booked)::int`.as('booked'),
      sql<number>`sum(sl.capacity)::int`.as('seats'),
    ])
    .where(scope)
    .where('sl.day', '>=', from)
    .where('sl.day', '<=', to)
    .groupBy(['s.id', 's.name', 'week'])
    .orderBy('week')
    .orderBy('s.name')
    .execute();
}
