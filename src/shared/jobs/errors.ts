/** Jobs (就业: posts, profiles, applications, trust): its errors, joined into ERRORS by ../errors.ts. */
import type { ErrorPart } from '../parts';

export const JOBS_ERRORS = {
  EMPLOYER_BLACKLISTED: {
    status: 403,
    'zh-CN': '该用人单位已被列入黑名单，暂不能发布岗位',
    en: 'This employer is on the black list and cannot post jobs',
  },
  JOB_POST_LOCKED: {
    status: 409,
    'zh-CN': '该岗位已下架或未通过审核，不能修改',
    en: 'This post was taken down or refused and cannot be changed',
  },
  JOB_POST_NOT_PENDING: { status: 409, 'zh-CN': '该岗位不在待审核状态', en: 'This post is not waiting for review' },
  JOB_POST_NOT_OPEN: { status: 409, 'zh-CN': '该岗位未发布或已过期', en: 'This post is not published or has expired' },
  MOTHER_NOT_REQUESTED: {
    status: 409,
    'zh-CN': '该岗位没有申请妈妈岗认证',
    en: 'This post has not asked for the mother-friendly label',
  },
  MOTHER_SCHEDULE_OUTSIDE_SCHOOL_HOURS: {
    status: 409,
    'zh-CN': '工作时间须在上学时间（{from}–{to}）内，才能认证为妈妈岗',
    en: 'The hours must lie within school hours ({from}–{to}) for the mother-friendly label',
  },
  MOTHER_TERMS_MISSING: {
    status: 409,
    'zh-CN': '须声明签订劳动合同并缴纳社会保险，才能认证为妈妈岗',
    en: 'A contract and social insurance must be declared for the mother-friendly label',
  },
  REPORT_ALREADY_HANDLED: { status: 409, 'zh-CN': '该举报已处理', en: 'This report has already been handled' },
  ALREADY_ON_WATCHLIST: {
    status: 409,
    'zh-CN': '该单位已在红黑名单中，请先移出',
    en: 'This employer is already listed; remove the entry first',
  },
  APPLICATION_TRANSITION_REFUSED: {
    status: 409,
    'zh-CN': '申请当前状态不允许此操作',
    en: 'The application cannot move this way from its current state',
  },
  APPLICATION_CLOSED: {
    status: 409,
    'zh-CN': '该申请已结束，不能再次申请',
    en: 'This application has ended and cannot be made again',
  },
  INVITATION_NOT_ACCEPTED: {
    status: 409,
    'zh-CN': '求职者尚未接受邀请',
    en: 'The candidate has not accepted the invitation yet',
  },
} as const satisfies ErrorPart;
