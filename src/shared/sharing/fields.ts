/** Shared employment (共享用工): its field labels and problem words, joined by ../fields.ts. */
import type { WordsPart } from '../parts';

export const SHARING_FIELD_LABELS = {
  siteAreaId: { 'zh-CN': '用工地点', en: 'Site' },
  endDate: { 'zh-CN': '结束日期', en: 'End date' },
  dailyHours: { 'zh-CN': '每日工时', en: 'Hours a day' },
  payFenPerDay: { 'zh-CN': '日薪', en: 'Pay a day' },
  lendingEnterpriseId: { 'zh-CN': '出借企业', en: 'Lending firm' },
  borrowingEnterpriseId: { 'zh-CN': '借用企业', en: 'Borrowing firm' },
  postTitle: { 'zh-CN': '岗位', en: 'Post' },
  workers: { 'zh-CN': '共享员工', en: 'Workers' },
  relation: { 'zh-CN': '用工身份', en: 'Listed as' },
  wageFenPerDay: { 'zh-CN': '工资', en: 'Wages' },
  socialInsuranceFenPerDay: { 'zh-CN': '社会保险', en: 'Social insurance' },
  otherCostsFenPerDay: { 'zh-CN': '约定实际费用', en: 'Agreed actual costs' },
  otherCostsNote: { 'zh-CN': '费用说明', en: 'Cost details' },
  feeFenPerDay: { 'zh-CN': '服务费', en: 'Fee' },
  duties: { 'zh-CN': '借用企业责任', en: "Borrowing firm's duties" },
  returnReasons: { 'zh-CN': '退回情形', en: 'Reasons for return' },
  extensionTerms: { 'zh-CN': '续期约定', en: 'Extension terms' },
  decision: { 'zh-CN': '是否同意', en: 'Answer' },
  hours: { 'zh-CN': '工时', en: 'Hours' },
  paidFen: { 'zh-CN': '实发工资', en: 'Wages paid' },
  surplusPostId: { 'zh-CN': '富余岗位', en: 'Surplus post' },
  shortagePostId: { 'zh-CN': '缺工岗位', en: 'Shortage post' },
} as const satisfies WordsPart;

export const SHARING_PROBLEMS = {
  headcount_workers: { 'zh-CN': '须与列出的员工一致', en: 'must match the workers listed' },
  not_month: { 'zh-CN': '应为某月1日，如 2026-12-01', en: 'must be the first of a month, e.g. 2026-12-01' },
  outside_term: { 'zh-CN': '不在协议期限内', en: 'is outside the agreement' },
  not_on_agreement: { 'zh-CN': '不在这份协议中', en: 'is not on this agreement' },
  same_firm: { 'zh-CN': '出借和借用企业不能相同', en: 'cannot be the same firm' },
  shortage_terms: { 'zh-CN': '缺工信息需填写每日工时和日薪', en: 'a shortage needs hours a day and pay' },
  wrong_kind: { 'zh-CN': '不是对应企业的这类信息', en: "is not that firm's post of this kind" },
  not_enterprise: { 'zh-CN': '未找到该企业', en: 'is not a known firm' },
} as const satisfies WordsPart;
