/** Benefits (政策: policies, applications, campaigns): its field labels and problem words, joined by ../fields.ts. */
import type { WordsPart } from '../parts';

export const BENEFITS_FIELD_LABELS = {
  rule: { 'zh-CN': '认定规则', en: 'Rule' },
  rules: { 'zh-CN': '条件', en: 'Conditions' },
  fact: { 'zh-CN': '条件项', en: 'Fact' },
  op: { 'zh-CN': '比较方式', en: 'Comparison' },
  values: { 'zh-CN': '可选值', en: 'Values' },
  label: { 'zh-CN': '人员标签', en: 'Label' },
  target: { 'zh-CN': '政策对象', en: 'Target' },
  summary: { 'zh-CN': '政策说明', en: 'Summary' },
  benefit: { 'zh-CN': '补贴标准', en: 'Benefit' },
  amountFen: { 'zh-CN': '金额', en: 'Amount' },
  capFen: { 'zh-CN': '封顶金额', en: 'Cap' },
  maxFen: { 'zh-CN': '最高额度', en: 'Maximum' },
  legalBasis: { 'zh-CN': '政策依据', en: 'Legal basis' },
  validFrom: { 'zh-CN': '有效期起', en: 'Valid from' },
  validTo: { 'zh-CN': '有效期止', en: 'Valid to' },
  mode: { 'zh-CN': '办理方式', en: 'Mode' },
  materials: { 'zh-CN': '申请材料', en: 'Required materials' },
  material: { 'zh-CN': '材料名称', en: 'Material' },
  faq: { 'zh-CN': '常见问题', en: 'FAQ' },
  policyId: { 'zh-CN': '政策', en: 'Policy' },
  outcome: { 'zh-CN': '走访结果', en: 'Outcome' },
  applicationIds: { 'zh-CN': '申请', en: 'Applications' },
  action: { 'zh-CN': '操作', en: 'Action' },
  facts: { 'zh-CN': '采集的资料', en: 'Collected data' },
  unemployedRegisteredOn: { 'zh-CN': '失业登记日期', en: 'Date registered unemployed' },
  youngestChildBirthDate: { 'zh-CN': '最小子女出生日期', en: "Youngest child's date of birth" },
  businessStage: { 'zh-CN': '本人创业情况', en: 'Own business' },
  overrideReason: { 'zh-CN': '放行理由', en: 'Reason for the override' },
  exclusionReason: { 'zh-CN': '排除理由', en: 'Reason for leaving out' },
} as const satisfies WordsPart;

export const BENEFITS_PROBLEMS = {
  fact_not_for_target: { 'zh-CN': '不适用于该政策对象', en: 'does not apply to this kind of subject' },
  rule_too_deep: { 'zh-CN': '层级过多（最多6层）', en: 'is nested too deeply (6 levels at most)' },
  rule_too_large: { 'zh-CN': '中的条件过多（最多40个）', en: 'has too many conditions (40 at most)' },
  code_format: { 'zh-CN': '应为2-40位小写字母、数字、_ 或 -', en: 'must be 2–40 lower-case letters, digits, _ or -' },
  before_start: { 'zh-CN': '不能早于开始日期', en: 'cannot be before the start' },
} as const satisfies WordsPart;
