/** The dashboard and ledgers (数据看板 · 台账): field labels and problem words, joined by ../fields.ts. */
import type { WordsPart } from '../parts';

export const DASHBOARD_FIELD_LABELS = {
  area: { 'zh-CN': '统计区域', en: 'Area' },
  ledger: { 'zh-CN': '台账', en: 'Ledger' },
  reveal: { 'zh-CN': '显示完整号码', en: 'Show full numbers' },
} as const satisfies WordsPart;

export const DASHBOARD_PROBLEMS = {
  month_order: { 'zh-CN': '不能早于开始月份', en: 'must not be before the first month' },
  months_too_many: { 'zh-CN': '统计期间不能超过36个月', en: 'the period may be at most 36 months' },
  reason_required: { 'zh-CN': '须填写理由', en: 'needs a reason' },
} as const satisfies WordsPart;
