/** Training (courses, enrolment, attendance, certificates): its errors, joined into ERRORS by ../errors.ts. */
import type { ErrorPart } from '../parts';

export const TRAINING_ERRORS = {
  COURSE_NOT_OPEN: { status: 409, 'zh-CN': '该课程已停止报名', en: 'This course is no longer taking enrolments' },
  ENROLMENT_CANCELLED: { status: 409, 'zh-CN': '该报名已取消', en: 'This enrolment was cancelled' },
  ENROLMENT_COMPLETED: {
    status: 409,
    'zh-CN': '该学员已结业，不能取消',
    en: 'This trainee has completed the course and cannot cancel',
  },
  TRAINING_CODE_UNKNOWN: {
    status: 409,
    'zh-CN': '签到码不正确，或该学员不在本课程的正式名单中',
    en: 'Unknown check-in code, or the trainee holds no seat on this course',
  },
  CERTIFICATE_REVOKED: { status: 409, 'zh-CN': '该证书已撤销', en: 'This certificate has been revoked' },
} as const satisfies ErrorPart;
