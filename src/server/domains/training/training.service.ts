/**
 * Training's use cases (SPEC §3.6): courses and sessions, enrolment with a waitlist that moves
 * up inside the cancelling transaction, attendance by the trainee's check-in code, completion by
 * the course's rule (completion.ts), and the certificate it earns: issued in the same
 * transaction, verified by its serial, revoked by the street (ADR 0063).
 */
import type { ActorContext, ServiceContext } from '../../context';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { AppError, notFound } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import { notifyUsers, queueSms, userIdOfResident } from '../../platform/notifications';
import { businessDay } from '../../../shared/dates';
import type { CreateCourse, CreateSession, MyEnrolment } from '../../../shared/schemas/training';
import { recordTrainingFacts } from '../benefits';
import { renderCertificatePdf, verificationUrl } from './certificate';
import { completion } from './completion';
import { courseScope, residentCourseScope } from './training.permissions';
import * as repo from './training.repository';
import {
  presentCertificate,
  presentCourse,
  presentStaffCourse,
  presentVerification,
  rosterName,
  rosterPhone,
} from './training.presenter';
import { newCertificateSerial, newCheckInCode, SERIAL_PATTERN } from './serials';
import { sql } from 'kysely';

type Trx = Transaction<Database>;

function residentOf(ctx: ActorContext): number {
  if (ctx.actor.residentId === null) throw new AppError('FORBIDDEN');
  return ctx.actor.residentId;
}

async function coursesWithSessions(ctx: ServiceContext, rows: repo.CourseRow[]) {
  const sessions = await repo.sessionsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { rows, sessions };
}

/** Courses near me: the open courses of the resident's street, her own community's first. */
export async function listOpenCourses(ctx: ActorContext) {
  const residentId = residentOf(ctx);
  const rows = await repo.courseRows(ctx.db, sql<boolean>`c.status = 'open' and ${residentCourseScope(residentId)}`);
  const home = await ctx.db
    .selectFrom('residents as r')
    .innerJoin('areas as a', 'a.id', 'r.area_id')
    .select('a.path')
    .where('r.id', '=', residentId)
    .executeTakeFirst();
  const near = (path: string) => (home && home.path.startsWith(path) && path.split('/').length > 4 ? 0 : 1);
  rows.sort((a, b) => near(a.area_path) - near(b.area_path) || b.id - a.id);
  const { sessions } = await coursesWithSessions(ctx, rows);
  return { items: rows.map((r) => presentCourse(r, sessions)) };
}

export async function listCourses(ctx: ActorContext) {
  const rows = await repo.courseRows(ctx.db, courseScope(ctx.actor));
  const { sessions } = await coursesWithSessions(ctx, rows);
  return { items: rows.map((r) => presentStaffCourse(r, sessions)) };
}

/** One trainee's attendance, the rule's share, the assessment and the certificate, as both views show them. */
function progressOf(
  rule: { min_attendance_pct: number; assessment_required: boolean },
  totalHours: number,
  e: { id: number; assessment: 'passed' | 'failed' | null; completed_at: Date | null },
  attendance: readonly { enrolment_id: number; session_id: number; hours: number }[],
  certificates: Awaited<ReturnType<typeof repo.certificatesOfEnrolments>>,
) {
  const attended = attendance.filter((a) => a.enrolment_id === e.id);
  const attendedHours = attended.reduce((sum, a) => sum + a.hours, 0);
  const cert = certificates.find((c) => c.enrolment_id === e.id);
  return {
    attendedSessionIds: attended.map((a) => a.session_id),
    attendedHours,
    attendedPct: completion(
      { minAttendancePct: rule.min_attendance_pct, assessmentRequired: rule.assessment_required },
      { totalHours, attendedHours, assessment: e.assessment },
    ).attendedPct,
    assessment: e.assessment,
    completed: e.completed_at !== null,
    certificate: cert ? presentCertificate(cert) : null,
  };
}

export async function getCourse(ctx: ActorContext, id: number) {
  const [row] = await repo.courseRows(ctx.db, courseScope(ctx.actor), [id]);
  if (!row) throw notFound();
  const { sessions } = await coursesWithSessions(ctx, [row]);
  const course = presentStaffCourse(row, sessions);
  const roster = await repo.rosterOf(ctx.db, id);
  const ids = roster.map((e) => e.id);
  const [attendance, certificates] = await Promise.all([
    repo.attendanceOf(ctx.db, ids),
    repo.certificatesOfEnrolments(ctx.db, ids),
  ]);
  return {
    ...course,
    roster: roster.map((e) => {
      return {
        enrolmentId: e.id,
        residentName: rosterName(e.name),
        phone: rosterPhone(e.phone),
        status: e.status,
        ...progressOf(row, course.totalHours, e, attendance, certificates),
      };
    }),
  };
}

export async function createCourse(ctx: ActorContext, input: CreateCourse) {
  const station = await repo.stationInScope(ctx.db, input.stationId, courseScope(ctx.actor));
  if (!station)
    throw new AppError('VALIDATION_FAILED', { fields: '培训地点' }, [
      {
        field: 'stationId',
        message: ctx.actor.locale === 'zh-CN' ? '培训地点：不在您的辖区' : 'Place: not in your areas',
      },
    ]);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertCourse(trx, {
      area_id: station.area_id,
      station_id: station.id,
      name: input.name,
      kind: input.kind,
      level: input.level,
      summary: input.summary,
      trainer: input.trainer,
      capacity: input.capacity,
      min_attendance_pct: input.minAttendancePct,
      assessment_required: input.assessmentRequired,
      created_by_user_id: ctx.actor.userId,
      created_at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'training.course.create',
      targetType: 'training_course',
      targetId: id,
      after: { ...input },
    });
    return id;
  });
  return getCourse(ctx, id);
}

export async function addSession(ctx: ActorContext, courseId: number, input: CreateSession) {
  if (!(await repo.courseReached(ctx.db, courseId, courseScope(ctx.actor)))) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('training_sessions')
      .values({ course_id: courseId, starts_at: new Date(input.startsAt), hours: input.hours, topic: input.topic })
      .onConflict((oc) =>
        oc.columns(['course_id', 'starts_at']).doUpdateSet({ hours: input.hours, topic: input.topic }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'training.session.save',
      targetType: 'training_session',
      targetId: id,
      after: { courseId, ...input },
    });
  });
  return getCourse(ctx, courseId);
}

/** Enrol the resident herself: a seat while there is one, else the waitlist; enrolling again answers the same enrolment. */
export async function enrol(ctx: ActorContext, courseId: number): Promise<MyEnrolment> {
  const residentId = residentOf(ctx);
  if (!(await repo.courseReached(ctx.db, courseId, residentCourseScope(residentId)))) throw notFound();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const course = (await repo.lockCourse(trx, courseId))!;
    const existing = await repo.findLiveEnrolment(trx, courseId, residentId);
    if (existing) return existing.id;
    if (course.status !== 'open') throw new AppError('COURSE_NOT_OPEN');
    const status = course.enrolled < course.capacity ? 'enrolled' : 'waitlisted';
    let enrolmentId: number | null = null;
    while (enrolmentId === null)
      enrolmentId = await repo.insertEnrolment(trx, {
        course_id: courseId,
        resident_id: residentId,
        status,
        check_in_code: newCheckInCode(),
        created_at: ctx.now,
      });
    if (status === 'enrolled') await repo.setEnrolled(trx, courseId, 1);
    await recordAudit(trx, ctx, {
      action: 'training.enrol',
      targetType: 'training_enrolment',
      targetId: enrolmentId,
      after: { courseId, status },
    });
    return enrolmentId;
  });
  return myEnrolment(ctx, id);
}

/** The resident cancels; a seat she held goes to the first of the waitlist in the same transaction. */
export async function cancelEnrolment(ctx: ActorContext, enrolmentId: number): Promise<MyEnrolment> {
  const residentId = residentOf(ctx);
  const found = await repo.findEnrolment(ctx.db, enrolmentId);
  if (!found || found.resident_id !== residentId) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockCourse(trx, found.course_id);
    const e = (await repo.enrolmentForUpdate(trx, enrolmentId))!;
    if (e.status === 'cancelled') return; // cancelling again changes nothing
    if (e.completed_at) throw new AppError('ENROLMENT_COMPLETED');
    await repo.cancelEnrolment(trx, enrolmentId, ctx.now);
    let promoted: number | null = null;
    if (e.status === 'enrolled') {
      const next = await repo.promoteFirstWaiting(trx, e.course_id, ctx.now);
      if (next) {
        promoted = next.id;
        await tellPromoted(trx, e.course_id, next);
      } else await repo.setEnrolled(trx, e.course_id, -1);
    }
    await recordAudit(trx, ctx, {
      action: 'training.cancel',
      targetType: 'training_enrolment',
      targetId: enrolmentId,
      before: { status: e.status },
      after: { status: 'cancelled', promotedEnrolmentId: promoted },
    });
  });
  return myEnrolment(ctx, enrolmentId);
}

/** The resident moved up from the waitlist hears of it in her inbox and by SMS, once, inside the moving transaction. */
async function tellPromoted(trx: Trx, courseId: number, next: { id: number; resident_id: number }) {
  const who = await trx
    .selectFrom('residents as r')
    .innerJoin('training_courses as c', (j) => j.on('c.id', '=', courseId))
    .select(['r.name', 'r.phone', 'c.name as course'])
    .where('r.id', '=', next.resident_id)
    .executeTakeFirstOrThrow();
  const key = `training.promoted.${next.id}`;
  const user = await userIdOfResident(trx, next.resident_id);
  if (user !== null)
    await notifyUsers(trx, [user], {
      kind: 'training.waitlist.promoted',
      text: { template: 'training.waitlist.promoted', params: { course: who.course } },
      link: '/training',
      data: { enrolmentId: next.id, courseId },
      dedupeKey: key,
    });
  await queueSms(trx, {
    phone: who.phone,
    template: 'training_promoted',
    params: { name: who.name, course: who.course },
    dedupeKey: key,
  });
}

async function myEnrolmentsOf(ctx: ServiceContext, residentId: number): Promise<MyEnrolment[]> {
  const enrolments = await repo.enrolmentsOfResident(ctx.db, residentId);
  const courseIds = [...new Set(enrolments.map((e) => e.course_id))];
  const ids = enrolments.map((e) => e.id);
  const [rows, attendance, certificates] = await Promise.all([
    repo.courseRows(ctx.db, sql<boolean>`true`, courseIds),
    repo.attendanceOf(ctx.db, ids),
    repo.certificatesOfEnrolments(ctx.db, ids),
  ]);
  const sessions = await repo.sessionsOf(ctx.db, courseIds);
  return enrolments.map((e) => {
    const row = rows.find((r) => r.id === e.course_id)!;
    const course = presentCourse(row, sessions);
    return {
      id: e.id,
      status: e.status,
      waitlistPosition: e.waitlist_position,
      checkInCode: e.check_in_code,
      course,
      ...progressOf(row, course.totalHours, e, attendance, certificates),
    };
  });
}

async function myEnrolment(ctx: ActorContext, id: number): Promise<MyEnrolment> {
  const mine = await myEnrolmentsOf(ctx, residentOf(ctx));
  return mine.find((e) => e.id === id)!;
}

export async function listMyEnrolments(ctx: ActorContext) {
  return { items: await myEnrolmentsOf(ctx, residentOf(ctx)) };
}

/**
 * The course's rule applied to one enrolment, inside the writer's transaction: when it holds for
 * the first time the enrolment is completed, its certificate issued and the person's training
 * facts handed to the benefits rules (a training subsidy is suggested as a hire's is).
 */
async function settleCompletion(trx: Trx, ctx: ActorContext, enrolmentId: number): Promise<boolean> {
  const e = (await repo.completionInputs(trx, enrolmentId))!;
  if (e.completed_at) return true;
  if (e.status !== 'enrolled') return false;
  const result = completion(
    { minAttendancePct: e.min_attendance_pct, assessmentRequired: e.assessment_required },
    { totalHours: e.total_hours, attendedHours: e.attended_hours, assessment: e.assessment },
  );
  if (!result.complete) return false;
  await repo.markCompleted(trx, enrolmentId, ctx.now);
  let certificateId: number | null = null;
  let serial = '';
  while (certificateId === null) {
    serial = newCertificateSerial();
    certificateId = await repo.insertCertificate(trx, {
      enrolment_id: enrolmentId,
      resident_id: e.resident_id,
      course_id: e.course_id,
      serial,
      hours: e.attended_hours,
      issued_on: businessDay(ctx.now),
    });
  }
  await recordAudit(trx, ctx, {
    action: 'training.certificate.issue',
    targetType: 'training_certificate',
    targetId: certificateId,
    after: { enrolmentId, courseId: e.course_id, hours: e.attended_hours },
  });
  await recordTrainingFacts(trx, e.resident_id, await repo.trainingFactsOf(trx, e.resident_id), ctx.now);
  return true;
}

/** The trainer or agent types the trainee's code at a session; typing it again records nothing new. */
export async function checkIn(ctx: ActorContext, sessionId: number, code: string) {
  const session = await repo.findSession(ctx.db, sessionId);
  if (!session || !(await repo.courseReached(ctx.db, session.course_id, courseScope(ctx.actor)))) throw notFound();
  return ctx.db.transaction().execute(async (trx) => {
    const e = await repo.enrolledByCode(trx, session.course_id, code);
    if (!e) throw new AppError('TRAINING_CODE_UNKNOWN');
    await trx.selectFrom('training_enrolments').select('id').where('id', '=', e.id).forUpdate().execute();
    const recorded = await repo.insertAttendance(trx, e.id, sessionId, ctx.actor.userId, ctx.now);
    if (recorded)
      await recordAudit(trx, ctx, {
        action: 'training.attendance',
        targetType: 'training_enrolment',
        targetId: e.id,
        after: { sessionId },
      });
    const completed = await settleCompletion(trx, ctx, e.id);
    const inputs = (await repo.completionInputs(trx, e.id))!;
    return {
      enrolmentId: e.id,
      residentName: rosterName(e.name),
      attendedHours: inputs.attended_hours,
      completed,
      recorded,
    };
  });
}

export async function recordAssessment(ctx: ActorContext, enrolmentId: number, result: 'passed' | 'failed') {
  const found = await repo.findEnrolment(ctx.db, enrolmentId);
  if (!found || !(await repo.courseReached(ctx.db, found.course_id, courseScope(ctx.actor)))) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    const e = (await repo.enrolmentForUpdate(trx, enrolmentId))!;
    if (e.status === 'cancelled') throw new AppError('ENROLMENT_CANCELLED');
    // A completed enrolment keeps its result: its certificate stands until the street revokes it.
    if (e.completed_at || e.assessment === result) return;
    await repo.setAssessment(trx, enrolmentId, result);
    await recordAudit(trx, ctx, {
      action: 'training.assessment',
      targetType: 'training_enrolment',
      targetId: enrolmentId,
      before: { assessment: e.assessment },
      after: { assessment: result },
    });
    await settleCompletion(trx, ctx, enrolmentId);
  });
  return getCourse(ctx, found.course_id);
}

/** The certificate's PDF: its holder, or staff who reach its course; the QR code opens `origin`/verify/<serial>. */
export async function certificatePdf(ctx: ActorContext, id: number, origin: string) {
  const c = await repo.certificateRow(ctx.db, { id });
  if (!c) throw notFound();
  if (ctx.actor.role === 'resident') {
    if (c.resident_id !== ctx.actor.residentId) throw notFound();
  } else if (!(await repo.courseReached(ctx.db, c.course_id, courseScope(ctx.actor)))) throw notFound();
  else
    await recordAudit(ctx.db, ctx, {
      action: 'training.certificate.read',
      targetType: 'training_certificate',
      targetId: id,
    });
  if (c.revoked_at) throw new AppError('CERTIFICATE_REVOKED');
  const pdf = await renderCertificatePdf({
    serial: c.serial,
    holderName: c.holder_name,
    courseName: c.course_name,
    hours: c.hours,
    issuedOn: c.issued_on,
    stationName: c.station_name,
    verifyUrl: verificationUrl(origin, c.serial),
  });
  return { pdf, serial: c.serial };
}

export async function revokeCertificate(ctx: ActorContext, id: number, reason: string) {
  const c = await repo.certificateRow(ctx.db, { id });
  if (!c || !(await repo.courseReached(ctx.db, c.course_id, courseScope(ctx.actor)))) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    const done = await repo.revokeCertificate(trx, id, ctx.actor.userId, reason, ctx.now);
    if (!done) throw new AppError('CERTIFICATE_REVOKED');
    await recordAudit(trx, ctx, {
      action: 'training.certificate.revoke',
      targetType: 'training_certificate',
      targetId: id,
      before: { revoked: false },
      after: { revoked: true, reason },
    });
    await recordTrainingFacts(trx, c.resident_id, await repo.trainingFactsOf(trx, c.resident_id), ctx.now);
  });
  return verify(ctx, c.serial);
}

/** The public page's answer: a serial that is malformed or names nothing is 404, the same either way. */
export async function verify(ctx: ServiceContext, serial: string) {
  const normal = serial.trim().toUpperCase();
  if (!SERIAL_PATTERN.test(normal)) throw notFound();
  const c = await repo.certificateRow(ctx.db, { serial: normal });
  if (!c) throw notFound();
  return presentVerification(c, c.revoked_at ? businessDay(c.revoked_at) : null);
}
