/** Training: its field labels and problem words, joined by ../fields.ts. */
import type { WordsPart } from '../parts';

export const TRAINING_FIELD_LABELS = {
  trainer: { 'zh-CN': '培训讲师', en: 'Trainer' },
  minAttendancePct: { 'zh-CN': '出勤要求（%）', en: 'Attendance required (%)' },
  assessmentRequired: { 'zh-CN': '需考核合格', en: 'Assessment required' },
  startsAt: { 'zh-CN': '开课时间', en: 'Starts at' },
  topic: { 'zh-CN': '课程内容', en: 'Topic' },
  result: { 'zh-CN': '考核结果', en: 'Assessment result' },
  serial: { 'zh-CN': '证书编号', en: 'Certificate number' },
} as const satisfies WordsPart;

export const TRAINING_PROBLEMS = {
  check_in_code_format: { 'zh-CN': '应为6位数字', en: 'must be 6 digits' },
} as const satisfies WordsPart;
