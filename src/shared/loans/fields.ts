/** Guarantee loans (创业担保贷款): its field labels and problem words, joined by ../fields.ts. */
import type { WordsPart } from '../parts';

export const LOANS_FIELD_LABELS = {
  productCode: { 'zh-CN': '贷款产品', en: 'Loan product' },
  termMonths: { 'zh-CN': '贷款期限', en: 'Term' },
  // One label for every `purpose` field: a loan's use and what a station appointment is about.
  purpose: { 'zh-CN': '用途', en: 'Purpose' },
  jobsPromised: { 'zh-CN': '带动就业人数', en: 'Jobs it will create' },
  jobsCreated: { 'zh-CN': '实际带动就业人数', en: 'Jobs created' },
  guaranteeMode: { 'zh-CN': '担保方式', en: 'Guarantee mode' },
  shareConsent: { 'zh-CN': '信息共享授权', en: 'Consent to share' },
  rateBp: { 'zh-CN': '贷款利率', en: 'Interest rate' },
  interestFrequency: { 'zh-CN': '付息方式', en: 'Interest payments' },
  principalMode: { 'zh-CN': '还本方式', en: 'Principal repayment' },
  disbursedOn: { 'zh-CN': '放款日期', en: 'Disbursed on' },
  maxAmountFen: { 'zh-CN': '最高额度', en: 'Maximum amount' },
  maxTermMonths: { 'zh-CN': '最长期限', en: 'Longest term' },
  workingDays: { 'zh-CN': '目标工作日', en: 'Target working days' },
} as const satisfies WordsPart;

export const LOANS_PROBLEMS = {} as const satisfies WordsPart;
