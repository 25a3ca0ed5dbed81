/** Benefits (政策: policies, applications, campaigns): its errors, joined into ERRORS by ../errors.ts. */
import type { ErrorPart } from '../parts';

export const BENEFITS_ERRORS = {
  DUPLICATE_POLICY_CODE: { status: 409, 'zh-CN': '该政策编码已存在', en: 'This policy code is already used' },
  POLICY_NOT_PUBLISHED: { status: 409, 'zh-CN': '该政策尚未发布', en: 'This policy is not published' },
  POLICY_AUTOMATIC: {
    status: 409,
    'zh-CN': '该政策免申即享，无需申请',
    en: 'This policy is granted without an application',
  },
  POLICY_NOT_AUTOMATIC: {
    status: 409,
    'zh-CN': '该政策为申请制，不能直接发放',
    en: 'This policy needs an application; it cannot be granted in a batch',
  },
  NOT_ELIGIBLE: { status: 409, 'zh-CN': '不符合该政策的条件：{reasons}', en: 'Not eligible: {reasons}' },
  DUPLICATE_APPLICATION: {
    status: 409,
    'zh-CN': '已有一份进行中的申请或已享受该政策',
    en: 'There is already a live application or an award for this policy',
  },
  INVALID_TRANSITION: {
    status: 409,
    'zh-CN': '申请当前状态为“{status}”，不能进行此操作',
    en: 'The application is {status}; this step is not possible now',
  },
  SELF_REVIEW: { status: 403, 'zh-CN': '不能审核自己提交的申请', en: 'You cannot review an application you submitted' },
  SAME_REVIEWER: {
    status: 403,
    'zh-CN': '您已做过该申请的社区审核，街道审核须由另一位工作人员办理',
    en: 'You took the community review of this application; another officer must take the street review',
  },
  APPROVAL_BLOCKED: {
    status: 409,
    'zh-CN': '暂不能通过：{problems}。如确需通过，请填写放行理由',
    en: 'It cannot be approved yet: {problems}. To approve anyway, give a reason for the override',
  },
  BATCH_SELF_CONFIRM: {
    status: 403,
    'zh-CN': '发放批次须由另一位街道工作人员确认，准备人不能确认自己准备的批次',
    en: 'Another street officer must confirm this batch; whoever prepared it cannot confirm it',
  },
  BATCH_CONFIRMED: {
    status: 409,
    'zh-CN': '该发放批次已确认，名单不能再修改',
    en: 'This batch is already confirmed; its recipients cannot change',
  },
  NOTHING_TO_PAY: { status: 409, 'zh-CN': '没有可发放的对象', en: 'There is nobody to pay in this batch' },
  CAMPAIGN_CLOSED: { status: 409, 'zh-CN': '该活动已结束', en: 'This campaign is closed' },
} as const satisfies ErrorPart;
