/** Shared employment (共享用工): its errors, joined into ERRORS by ../errors.ts. */
import type { ErrorPart } from '../parts';

export const SHARING_ERRORS = {
  SHARING_MARGIN_REFUSED: {
    status: 409,
    'zh-CN': '共享用工只能按成本结算：服务费{fee}元/天高于工资、社保和约定实际费用之和{cost}元/天，不得收取差价',
    en: 'Shared staff are lent at cost only: a fee of {fee} yuan a day is more than the wages, social insurance and agreed costs of {cost} yuan a day',
  },
  SHARING_TERM_PAST_CONTRACT: {
    status: 409,
    'zh-CN': '{name}的劳动合同于{contractEnd}到期，共享期限不能超过合同期限',
    en: "{name}'s labour contract ends on {contractEnd}; her term cannot run past it",
  },
  SHARING_NOT_EMPLOYEE: {
    status: 409,
    'zh-CN': '{name}必须以出借企业员工身份列入协议，不得列为个体工商户或自雇人员',
    en: '{name} must be listed as the lending firm’s employee, never as self-employed or an individual business',
  },
  SHARING_NO_EMPLOYMENT: {
    status: 409,
    'zh-CN': '{name}在出借企业没有在职的劳动关系记录',
    en: '{name} has no current employment record with the lending firm',
  },
  SHARING_WORKER_TAKEN: {
    status: 409,
    'zh-CN': '{name}在这段时间已列入另一份共享用工协议',
    en: '{name} is already on another sharing agreement for these dates',
  },
  SHARING_CONSENT_MISSING: {
    status: 409,
    'zh-CN': '协议尚未生效：还需{missing}同意',
    en: 'The agreement is not active yet: still waiting for {missing}',
  },
  SHARING_NOT_ACTIVE: {
    status: 409,
    'zh-CN': '协议尚未生效，不能登记费用',
    en: 'The agreement is not active; money cannot be recorded yet',
  },
  SHARING_CONSENT_CLOSED: {
    status: 409,
    'zh-CN': '您已对这份协议作出选择',
    en: 'You have already answered this agreement',
  },
  SHARING_NOT_LENT: {
    status: 409,
    'zh-CN': '{name}目前不在借用中，无需退回',
    en: '{name} is not lent at present; there is nothing to return',
  },
  SHARING_RETURN_BEFORE_END: {
    status: 409,
    'zh-CN': '协议{endDate}到期；到期前退回须由员工本人申请，或按协议约定的退回情形',
    en: 'The agreement ends on {endDate}; before then a worker goes back at her own request or for a reason the agreement lists',
  },
  SHARING_RETURN_REASON_NOT_LISTED: {
    status: 409,
    'zh-CN': '“{reason}”不是协议约定的退回情形，借用企业不能以此退回员工',
    en: '“{reason}” is not a reason the agreement lists; the borrowing firm cannot return a worker for it',
  },
  SHARING_EXTENSION_NOT_LATER: {
    status: 409,
    'zh-CN': '续期后的结束日期须晚于现在的结束日期{endDate}',
    en: 'The new end date must be after the current end date, {endDate}',
  },
  SHARING_AGREEMENT_NOT_ACTIVE: {
    status: 409,
    'zh-CN': '协议不在履行中，不能续期',
    en: 'The agreement is not in force; it cannot be extended',
  },
  SHARING_NO_EXTENSION: {
    status: 409,
    'zh-CN': '这份协议目前没有等待您同意的续期',
    en: 'There is no extension of this agreement waiting for your answer',
  },
} as const satisfies ErrorPart;
