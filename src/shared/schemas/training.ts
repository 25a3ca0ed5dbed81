/** Training (培训微技能, SPEC §3.6): the API's shapes for courses, sessions, enrolments and certificates. */
import { ASSESSMENT_RESULTS, COURSE_KINDS, COURSE_LEVELS, ENROLMENT_STATUSES } from '../enums';
import { z } from './zod';

export const courseKind = z.enum(COURSE_KINDS);
export const courseLevel = z.enum(COURSE_LEVELS);

export const createCourse = z
  .object({
    stationId: z.number().int().positive(),
    name: z.string().trim().min(1).max(60),
    kind: courseKind,
    level: courseLevel,
    summary: z.string().trim().max(500).default(''),
    trainer: z.string().trim().min(1).max(40),
    capacity: z.number().int().min(1).max(500),
    minAttendancePct: z.number().int().min(0).max(100),
    assessmentRequired: z.boolean(),
  })
  .strict();

export const createSession = z
  .object({
    startsAt: z.iso.datetime({ offset: true }),
    hours: z.number().int().min(1).max(8),
    topic: z.string().trim().min(1).max(60),
  })
  .strict();

export const checkInBody = z
  .object({
    checkInCode: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'check_in_code_format'),
  })
  .strict();
export const assessmentBody = z.object({ result: z.enum(ASSESSMENT_RESULTS) }).strict();
export const revokeBody = z.object({ reason: z.string().trim().min(1).max(200) }).strict();
export const serialParam = z.object({ serial: z.string().trim().min(1).max(40) });

export const trainingSession = z.object({
  id: z.number().int(),
  startsAt: z.string(),
  hours: z.number().int(),
  topic: z.string(),
});

/** What anyone reading about a course sees: where, who teaches, the rule, the seats. */
export const course = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: courseKind,
  level: courseLevel,
  summary: z.string(),
  trainer: z.string(),
  stationId: z.number().int(),
  stationName: z.string(),
  stationAddress: z.string(),
  areaName: z.string(),
  capacity: z.number().int(),
  enrolled: z.number().int(),
  waitlisted: z.number().int(),
  minAttendancePct: z.number().int(),
  assessmentRequired: z.boolean(),
  status: z.enum(['open', 'closed']),
  totalHours: z.number().int(),
  sessions: z.array(trainingSession),
});
export const courseList = z.object({ items: z.array(course) });

/** The street's and the station's view: the course with its fill rate and completions. */
export const staffCourse = course.extend({ completed: z.number().int(), certificates: z.number().int() });
export const staffCourseList = z.object({ items: z.array(staffCourse) });

export const certificateSummary = z.object({
  id: z.number().int(),
  serial: z.string(),
  issuedOn: z.string(),
  hours: z.number().int(),
  revoked: z.boolean(),
});

/** A trainee on the station's roster: the name and phone masked, the attendance and the rule's answer. */
export const rosterEntry = z.object({
  enrolmentId: z.number().int(),
  residentName: z.string(),
  phone: z.string().nullable(),
  status: z.enum(ENROLMENT_STATUSES),
  attendedSessionIds: z.array(z.number().int()),
  attendedHours: z.number().int(),
  attendedPct: z.number().int(),
  assessment: z.enum(ASSESSMENT_RESULTS).nullable(),
  completed: z.boolean(),
  certificate: certificateSummary.nullable(),
});
export const courseDetail = staffCourse.extend({ roster: z.array(rosterEntry) });

/** The resident's own enrolment: her check-in code, what she attended, whether she completed. */
export const myEnrolment = z.object({
  id: z.number().int(),
  status: z.enum(ENROLMENT_STATUSES),
  waitlistPosition: z.number().int().nullable(),
  checkInCode: z.string(),
  course,
  attendedSessionIds: z.array(z.number().int()),
  attendedHours: z.number().int(),
  attendedPct: z.number().int(),
  assessment: z.enum(ASSESSMENT_RESULTS).nullable(),
  completed: z.boolean(),
  certificate: certificateSummary.nullable(),
});
export const myEnrolmentList = z.object({ items: z.array(myEnrolment) });

export const attendanceResult = z.object({
  enrolmentId: z.number().int(),
  residentName: z.string(),
  attendedHours: z.number().int(),
  completed: z.boolean(),
  /** false when this check-in had already been recorded (a retried request changes nothing). */
  recorded: z.boolean(),
});

/** What the public verification page shows: never more than a masked name. */
export const certificateVerification = z.object({
  serial: z.string(),
  holderName: z.string(),
  courseName: z.string(),
  hours: z.number().int(),
  issuedOn: z.string(),
  status: z.enum(['valid', 'revoked']),
  revokedOn: z.string().nullable(),
});

export type CreateCourse = z.infer<typeof createCourse>;
export type CreateSession = z.infer<typeof createSession>;
export type Course = z.infer<typeof course>;
export type StaffCourse = z.infer<typeof staffCourse>;
export type CourseDetail = z.infer<typeof courseDetail>;
export type MyEnrolment = z.infer<typeof myEnrolment>;
export type CertificateVerification = z.infer<typeof certificateVerification>;
