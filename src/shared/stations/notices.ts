/**
 * Service stations: what their notices say in each language, joined by server/platform/notice-texts.ts
 * (texts only: the server renders them; the web never imports this file).
 */
import type { NoticePart } from '../parts';

export const STATIONS_NOTICES = {
  'stations.rating.low': {
    'zh-CN': ['差评待回访：{owner}', '{day} {subject}，评分 {score} 分：{comment}。请回访居民并填写回访记录。'],
    en: [
      'Low rating to follow up: {owner}',
      '{day} {subject}, rated {score}: {comment}. Call the resident back and write what was done.',
    ],
  },
  'stations.event.offered': {
    'zh-CN': ['候补转正：{event}', '{day} 的活动空出一个名额，已为您保留。请在 {until} 前确认，逾期将让给下一位。'],
    en: [
      'A seat for you: {event}',
      'A seat at {day} is held for you. Confirm by {until}, or it goes to the next person.',
    ],
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
