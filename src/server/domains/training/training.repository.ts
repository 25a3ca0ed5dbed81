/** Training's SQL: courses with their counts, sessions, enrolments, attendance and certificates. */
import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/client';
import type { Database, TrainingCoursesTable, TrainingSessionsTable } from '../../db/types';

type Q = Db | Transaction<Database>;
type Trx = Transaction<Database>;

/** Courses with their place, hours and counts, filtered by a condition on `c`. */
export function courseRows(db: Q, where: RawBuilder<boolean>, ids?: readonly number[]) {
  let q = db
    .selectFrom('training_courses as c')
    .innerJoin('stations as s', 's.id', 'c.station_id')
    .innerJoin('areas as a', 'a.id', 'c.area_id')
    .select([
      'c.id',
      'c.name',
      'c.kind',
      'c.level',
      'c.summary',
      'c.trainer',
      'c.station_id',
      's.name as station_name',
      's.address as station_address',
      'a.name as area_name',
      'a.path as area_path',
      'c.capacity',
      'c.enrolled',
      'c.min_attendance_pct',
      'c.assessment_required',
      'c.status',
      sql<number>`(select count(*) from training_enrolments w where w.course_id = c.id and w.status = 'waitlisted')::int`.as(
        'waitlisted',
      ),
      sql<number>`(select count(*) from training_enrolments e where e.course_id = c.id and e.completed_at is not null)::int`.as(
        'completed',
      ),
      sql<number>`(select count(*) from training_certificates t where t.course_id = c.id and t.revoked_at is null)::int`.as(
        'certificates',
      ),
    ])
    .where(where);
  if (ids) q = q.where('c.id', 'in', ids.length ? ids : [0]);
  return q.orderBy('c.id', 'desc').execute();
}
export type CourseRow = Awaited<ReturnType<typeof courseRows>>[number];

export function sessionsOf(db: Q, courseIds: readonly number[]) {
  if (courseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('training_sessions')
    .select(['id', 'course_id', 'starts_at', 'hours', 'topic'])
    .where('course_id', 'in', courseIds)
    .orderBy('starts_at')
    .execute();
}
export type SessionRow = Awaited<ReturnType<typeof sessionsOf>>[number];

export function insertCourse(trx: Trx, values: Insertable<TrainingCoursesTable>) {
  return trx.insertInto('training_courses').values(values).returning('id').executeTakeFirstOrThrow();
}
export function insertSession(trx: Trx, values: Insertable<TrainingSessionsTable>) {
  return trx.insertInto('training_sessions').values(values).returning('id').executeTakeFirstOrThrow();
}

/** The course locked for a change of seats: one writer at a time per course. */
export function lockCourse(trx: Trx, id: number) {
  return trx
    .selectFrom('training_courses')
    .select(['id', 'area_id', 'station_id', 'status', 'capacity', 'enrolled'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}
export function setEnrolled(trx: Trx, courseId: number, delta: number) {
  return trx
    .updateTable('training_courses')
    .set({ enrolled: sql`enrolled + ${delta}::int` })
    .where('id', '=', courseId)
    .execute();
}

export function findLiveEnrolment(db: Q, courseId: number, residentId: number) {
  return db
    .selectFrom('training_enrolments')
    .select(['id', 'status'])
    .where('course_id', '=', courseId)
    .where('resident_id', '=', residentId)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
}

/** A new enrolment; null when its check-in code clashed with another of the course's (the caller draws again). */
export async function insertEnrolment(
  trx: Trx,
  values: {
    course_id: number;
    resident_id: number;
    status: 'enrolled' | 'waitlisted';
    check_in_code: string;
    created_at: Date;
  },
) {
  const row = await trx
    .insertInto('training_enrolments')
    .values(values)
    .onConflict((oc) => oc.columns(['course_id', 'check_in_code']).where('status', '<>', 'cancelled').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export function enrolmentForUpdate(trx: Trx, id: number) {
  return trx
    .selectFrom('training_enrolments')
    .select(['id', 'course_id', 'resident_id', 'status', 'completed_at', 'assessment'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findEnrolment(db: Q, id: number) {
  return db
    .selectFrom('training_enrolments')
    .select(['id', 'course_id', 'resident_id', 'status', 'completed_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function cancelEnrolment(trx: Trx, id: number, now: Date) {
  return trx
    .updateTable('training_enrolments')
    .set({ status: 'cancelled', cancelled_at: now })
    .where('id', '=', id)
    .execute();
}

/** The first of the course's waitlist takes the freed seat; null when nobody waits. */
export function promoteFirstWaiting(trx: Trx, courseId: number, now: Date) {
  return trx
    .updateTable('training_enrolments')
    .set({ status: 'enrolled', promoted_at: now })
    .where(
      'id',
      '=',
      trx
        .selectFrom('training_enrolments')
        .select('id')
        .where('course_id', '=', courseId)
        .where('status', '=', 'waitlisted')
        .orderBy('id')
        .limit(1),
    )
    .returning(['id', 'resident_id'])
    .executeTakeFirst();
}

/** A resident's enrolments, newest first, with her place on a waitlist. */
export function enrolmentsOfResident(db: Q, residentId: number) {
  return db
    .selectFrom('training_enrolments as e')
    .select([
      'e.id',
      'e.course_id',
      'e.status',
      'e.check_in_code',
      'e.assessment',
      'e.completed_at',
      sql<number | null>`case when e.status = 'waitlisted' then (select count(*) from training_enrolments w
        where w.course_id = e.course_id and w.status = 'waitlisted' and w.id <= e.id)::int end`.as('waitlist_position'),
    ])
    .where('e.resident_id', '=', residentId)
    .orderBy('e.id', 'desc')
    .execute();
}

/** A course's roster (not the cancelled), in the order they enrolled. */
export function rosterOf(db: Q, courseId: number) {
  return db
    .selectFrom('training_enrolments as e')
    .innerJoin('residents as r', 'r.id', 'e.resident_id')
    .select(['e.id', 'e.status', 'e.assessment', 'e.completed_at', 'r.name', 'r.phone'])
    .where('e.course_id', '=', courseId)
    .where('e.status', '<>', 'cancelled')
    .orderBy('e.id')
    .execute();
}

export function attendanceOf(db: Q, enrolmentIds: readonly number[]) {
  if (enrolmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('training_attendance as t')
    .innerJoin('training_sessions as s', 's.id', 't.session_id')
    .select(['t.enrolment_id', 't.session_id', 's.hours'])
    .where('t.enrolment_id', 'in', enrolmentIds)
    .execute();
}

export function certificatesOfEnrolments(db: Q, enrolmentIds: readonly number[]) {
  if (enrolmentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('training_certificates')
    .select(['id', 'enrolment_id', 'serial', 'issued_on', 'hours', 'revoked_at'])
    .where('enrolment_id', 'in', enrolmentIds)
    .execute();
}

/** The session, with its course's area and station for the scope check. */
export function findSession(db: Q, id: number) {
  return db
    .selectFrom('training_sessions as ts')
    .innerJoin('training_courses as c', 'c.id', 'ts.course_id')
    .select(['ts.id', 'ts.course_id', 'ts.hours'])
    .where('ts.id', '=', id)
    .executeTakeFirst();
}

export function enrolledByCode(trx: Trx, courseId: number, code: string) {
  return trx
    .selectFrom('training_enrolments as e')
    .innerJoin('residents as r', 'r.id', 'e.resident_id')
    .select(['e.id', 'r.name'])
    .where('e.course_id', '=', courseId)
    .where('e.check_in_code', '=', code)
    .where('e.status', '=', 'enrolled')
    .executeTakeFirst();
}

/** true when the check-in was new; a repeat of it changes nothing. */
export async function insertAttendance(trx: Trx, enrolmentId: number, sessionId: number, userId: number, now: Date) {
  const row = await trx
    .insertInto('training_attendance')
    .values({ enrolment_id: enrolmentId, session_id: sessionId, recorded_by_user_id: userId, recorded_at: now })
    .onConflict((oc) => oc.columns(['enrolment_id', 'session_id']).doNothing())
    .returning('session_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** What the completion rule reads about one enrolment. */
export function completionInputs(db: Q, enrolmentId: number) {
  return db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_courses as c', 'c.id', 'e.course_id')
    .select([
      'e.id',
      'e.resident_id',
      'e.course_id',
      'e.status',
      'e.assessment',
      'e.completed_at',
      'c.min_attendance_pct',
      'c.assessment_required',
      sql<number>`(select coalesce(sum(s.hours), 0) from training_sessions s where s.course_id = c.id)::int`.as(
        'total_hours',
      ),
      sql<number>`(select coalesce(sum(s.hours), 0) from training_attendance t join training_sessions s on s.id = t.session_id
        where t.enrolment_id = e.id)::int`.as('attended_hours'),
    ])
    .where('e.id', '=', enrolmentId)
    .executeTakeFirst();
}

export function setAssessment(trx: Trx, id: number, result: 'passed' | 'failed') {
  return trx.updateTable('training_enrolments').set({ assessment: result }).where('id', '=', id).execute();
}
export function markCompleted(trx: Trx, id: number, now: Date) {
  return trx.updateTable('training_enrolments').set({ completed_at: now }).where('id', '=', id).execute();
}

/** null when the serial clashed (the caller draws again). */
export async function insertCertificate(
  trx: Trx,
  values: {
    enrolment_id: number;
    resident_id: number;
    course_id: number;
    serial: string;
    hours: number;
    issued_on: string;
  },
) {
  const row = await trx
    .insertInto('training_certificates')
    .values(values)
    .onConflict((oc) => oc.column('serial').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A certificate with what its PDF and its verification show. */
export function certificateRow(db: Q, where: { id: number } | { serial: string }) {
  let q = db
    .selectFrom('training_certificates as t')
    .innerJoin('training_courses as c', 'c.id', 't.course_id')
    .innerJoin('stations as s', 's.id', 'c.station_id')
    .innerJoin('residents as r', 'r.id', 't.resident_id')
    .select([
      't.id',
      't.serial',
      't.hours',
      't.issued_on',
      't.revoked_at',
      't.resident_id',
      'c.id as course_id',
      'c.name as course_name',
      'c.area_id',
      'c.station_id',
      's.name as station_name',
      'r.name as holder_name',
    ]);
  q = 'id' in where ? q.where('t.id', '=', where.id) : q.where('t.serial', '=', where.serial);
  return q.executeTakeFirst();
}

/** Whether the course (aliased `c`) is among those the condition reaches. */
export async function courseReached(db: Q, courseId: number, scope: RawBuilder<boolean>) {
  const row = await db
    .selectFrom('training_courses as c')
    .select('c.id')
    .where('c.id', '=', courseId)
    .where(scope)
    .executeTakeFirst();
  return row !== undefined;
}

export function revokeCertificate(trx: Trx, id: number, userId: number, reason: string, now: Date) {
  return trx
    .updateTable('training_certificates')
    .set({ revoked_at: now, revoked_by_user_id: userId, revoke_reason: reason })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
}

/** The three training facts of a person (person_facts, read by the eligibility rules). */
export function trainingFactsOf(db: Q, residentId: number) {
  return sql<{ basic_training_hours: number; training_certificates: number; skill_certificates: number }>`
    select
      (select coalesce(sum(s.hours), 0) from training_enrolments e
         join training_courses c on c.id = e.course_id and c.level = 'basic'
         join training_attendance t on t.enrolment_id = e.id
         join training_sessions s on s.id = t.session_id
        where e.resident_id = ${residentId} and e.completed_at is not null)::int as basic_training_hours,
      (select count(*) from training_certificates t where t.resident_id = ${residentId} and t.revoked_at is null)::int
        as training_certificates,
      (select count(*) from training_certificates t join training_courses c on c.id = t.course_id and c.level = 'skill'
        where t.resident_id = ${residentId} and t.revoked_at is null)::int as skill_certificates`
    .execute(db)
    .then((r) => r.rows[0]!);
}

/** The station a course is to be put on, when the caller reaches it (the scope reads it as a course `c`). */
export async function stationInScope(db: Q, stationId: number, scope: RawBuilder<boolean>) {
  const { rows } = await sql<{ id: number; area_id: number }>`
    select c.station_id as id, c.area_id
      from (select id as station_id, area_id from stations where id = ${stationId}) c
     where ${scope}`.execute(db);
  return rows[0];
}
