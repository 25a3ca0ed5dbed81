/** The training contracts the screens use, from src/shared (kept inside the feature, as stations' are). */
import type { z } from 'zod';
import type * as s from '../../../../shared/schemas/training';

export type Course = z.infer<typeof s.course>;
export type StaffCourse = z.infer<typeof s.staffCourse>;
export type CourseDetail = z.infer<typeof s.courseDetail>;
export type MyEnrolment = z.infer<typeof s.myEnrolment>;
export type AttendanceResult = z.infer<typeof s.attendanceResult>;
export type CertificateVerification = z.infer<typeof s.certificateVerification>;
