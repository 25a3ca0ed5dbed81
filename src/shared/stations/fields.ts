/** Service stations: field names and problem words, joined by ../fields.ts. */
import type { WordsPart } from '../parts';

export const STATIONS_FIELD_LABELS = {
  slotId: { 'zh-CN': '预约时段', en: 'Time slot' },
  service: { 'zh-CN': '服务项目', en: 'Service' },
  day: { 'zh-CN': '日期', en: 'Day' },
  starts: { 'zh-CN': '开始时间', en: 'Start' },
  ends: { 'zh-CN': '结束时间', en: 'End' },
  capacity: { 'zh-CN': '名额', en: 'Seats' },
  // `purpose` (办理事项 here, 贷款用途 for a loan) is one field label for both: see ../loans/fields.ts.
  checkInCode: { 'zh-CN': '签到码', en: 'Check-in code' },
  serviceRecord: { 'zh-CN': '服务记录', en: 'Service record' },
  score: { 'zh-CN': '评分', en: 'Rating' },
  comment: { 'zh-CN': '评价内容', en: 'Comment' },
} as const satisfies WordsPart;

export const STATIONS_PROBLEMS = {
  clock_time: { 'zh-CN': '应为 HH:MM，如 09:30', en: 'must be HH:MM, e.g. 09:30' },
  six_digits: { 'zh-CN': '应为 6 位数字', en: 'must be 6 digits' },
  after_start: { 'zh-CN': '应晚于开始时间', en: 'must be after the start' },
} as const satisfies WordsPart;
