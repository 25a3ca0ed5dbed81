/**
 * Service stations: what their notices say in each language, joined by server/platform/notice-texts.ts
 * (texts only: the server renders them; the web never imports this file).
 */
import type { NoticePart } from '../parts';

export const STATIONS_NOTICES = {
  'stations.rating.low': {
    'zh-CN': ['差评待回访：{station}', '{day} {service}，评分 {score} 分：{comment}'],
    en: ['Low rating to follow up: {station}', '{day} {service}, rated {score}: {comment}'],
  },
} as const satisfies NoticePart;

/** A service's name in each language, for notices (the screens have theirs in i18n). */
export const STATION_SERVICE_WORDS = {
  loan: { 'zh-CN': '创业担保贷款', en: 'start-up guarantee loan' },
  guidance: { 'zh-CN': '创业指导', en: 'start-up guidance' },
  training: { 'zh-CN': '技能培训', en: 'skills training' },
  consulting: { 'zh-CN': '就业咨询', en: 'employment advice' },
  job_matching: { 'zh-CN': '岗位对接', en: 'job matching' },
  policy: { 'zh-CN': '政策咨询', en: 'policy advice' },
  social_insurance: { 'zh-CN': '社保业务', en: 'social insurance' },
} as const;
