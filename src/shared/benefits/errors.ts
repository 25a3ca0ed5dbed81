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
  NOTHING_TO_PAY: { status: 409, 'zh-CN': '没有可发放的对象', en: 'There is nobody to pay in this batch' },
  CAMPAIGN_CLOSED: { status: 409, 'zh-CN': '该活动已结束', en: 'This campaign is closed' },
} as const satisfies ErrorPart;
