/** Training rows → responses: names masked on rosters and on the public page, phones masked everywhere. */
import type { CertificateVerification, Course, StaffCourse } from '../../../shared/schemas/training';
import { maskName, maskPhone } from '../../../shared/validators';
import type { CourseRow, SessionRow } from './training.repository';

export function presentCourse(row: CourseRow, sessions: readonly SessionRow[]): Course {
  const own = sessions.filter((s) => s.course_id === row.id);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    level: row.level,
    summary: row.summary,
    trainer: row.trainer,
    stationId: row.station_id,
    stationName: row.station_name,
    stationAddress: row.station_address,
    areaName: row.area_name,
    capacity: row.capacity,
    enrolled: row.enrolled,
    waitlisted: row.waitlisted,
    minAttendancePct: row.min_attendance_pct,
    assessmentRequired: row.assessment_required,
    status: row.status,
    totalHours: own.reduce((sum, s) => sum + s.hours, 0),
    sessions: own.map((s) => ({ id: s.id, startsAt: s.starts_at.toISOString(), hours: s.hours, topic: s.topic })),
  };
}

export function presentStaffCourse(row: CourseRow, sessions: readonly SessionRow[]): StaffCourse {
  return { ...presentCourse(row, sessions), completed: row.completed, certificates: row.certificates };
}

export function presentCertificate(c: {
  id: number;
  serial: string;
  issued_on: string;
  hours: number;
  revoked_at: Date | null;
}) {
  return { id: c.id, serial: c.serial, issuedOn: c.issued_on, hours: c.hours, revoked: c.revoked_at !== null };
}

export const rosterName = maskName;
export const rosterPhone = (phone: string | null) => (phone ? maskPhone(phone) : null);

export function presentVerification(
  c: {
    serial: string;
    holder_name: string;
    course_name: string;
    hours: number;
    issued_on: string;
    revoked_at: Date | null;
  },
  revokedOn: string | null,
): CertificateVerification {
  return {
    serial: c.serial,
    holderName: maskName(c.holder_name),
    courseName: c.course_name,
    hours: c.hours,
    issuedOn: c.issued_on,
    status: c.revoked_at ? 'revoked' : 'valid',
    revokedOn,
  };
}
