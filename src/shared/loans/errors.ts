/** Guarantee loans (创业担保贷款): its errors, joined into ERRORS by ../errors.ts. */
import type { ErrorPart } from '../parts';

export const LOANS_ERRORS = {
  LOAN_OVER_LIMIT: {
    status: 409,
    'zh-CN': '贷款金额超过“{product}”的最高额度{max}元',
    en: 'The amount is over the {product} limit of ¥{max}',
  },
  LOAN_TERM_OVER_LIMIT: {
    status: 409,
    'zh-CN': '贷款期限超过“{product}”的最长{months}个月',
    en: 'The term is longer than the {product} limit of {months} months',
  },
  LOAN_NOT_ELIGIBLE: {
    status: 409,
    'zh-CN': '不符合创业担保贷款的条件：{reasons}',
    en: 'Not eligible for a guarantee loan: {reasons}',
  },
  LOAN_OPEN_EXISTS: {
    status: 409,
    'zh-CN': '已有一笔进行中的创业担保贷款申请，请在原申请中办理',
    en: 'There is already a guarantee loan application in progress',
  },
  LOAN_INVALID_STEP: {
    status: 409,
    'zh-CN': '该笔贷款当前为“{status}”，不能进行此操作',
    en: 'This loan is {status}; this step is not possible now',
  },
  LOAN_SAME_PERSON: {
    status: 403,
    'zh-CN': '您经办过该笔贷款的申请或前一环节，本环节须由另一位工作人员审核',
    en: 'You filed this loan or decided an earlier stage; another person must decide this one',
  },
  LOAN_RATE_OVER_CAP: {
    status: 409,
    'zh-CN': '贷款利率不得高于LPR加{spread}个基点（{cap}%）',
    en: 'The rate may not exceed LPR + {spread} bp ({cap}%)',
  },
  LOAN_MATERIALS_MISSING: {
    status: 409,
    'zh-CN': '尚缺材料：{materials}',
    en: 'Materials still missing: {materials}',
  },
  LOAN_NO_LPR: {
    status: 409,
    'zh-CN': '{day}没有生效的LPR，请先在贷款设置中登记',
    en: 'No LPR is in force on {day}; record it in the loan settings first',
  },
} as const satisfies ErrorPart;
