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
} as const satisfies ErrorPart;
