/**
 * Guarantee loans (创业担保贷款): what its notices say in each language, joined by server/platform/notice-texts.ts
 * (texts only: the server renders them; the web never imports this file).
 */
import type { NoticePart, SmsPart } from '../parts';

export const LOANS_NOTICES = {
  'loans.step': {
    'zh-CN': ['创业担保贷款：{status}', '{next}'],
    en: ['Guarantee loan: {status}', '{next}'],
  },
  'loans.queue': {
    'zh-CN': ['待办：{applicant}的创业担保贷款（{stage}）', '{amount}元，{months}个月'],
    en: ["To do: {applicant}'s guarantee loan ({stage})", '¥{amount}, {months} months'],
  },
  'loans.past_target': {
    'zh-CN': ['超时提醒：{applicant}的贷款在“{stage}”已{days}个工作日', '该环节目标为{target}个工作日'],
    en: ["Past target: {applicant}'s loan has been at “{stage}” for {days} working days", 'The target is {target}'],
  },
  'loans.overdue': {
    'zh-CN': [
      '逾期提醒：{applicant}的创业担保贷款第{period}期未按时归还',
      '应于{due}归还{amount}元；逾期期间不享受贴息',
    ],
    en: [
      "Overdue: {applicant}'s guarantee loan period {period} is unpaid",
      '¥{amount} was due on {due}; an overdue period earns no 贴息',
    ],
  },
} as const satisfies NoticePart;

/** Texts sent by SMS, joined by server/platform/sms.ts. */
export const LOANS_SMS = {
  loan_step: (p: Record<string, string>) =>
    `【社区微业】${p.name}您好，您的创业担保贷款进度：${p.status}。详情请在社区微业“我的贷款”查看。`,
  loan_overdue: (p: Record<string, string>) =>
    `【社区微业】${p.name}您好，您的创业担保贷款第${p.period}期（${p.due}到期）尚未归还，逾期期间不享受贴息，请尽快联系经办银行。`,
} as const satisfies SmsPart;
