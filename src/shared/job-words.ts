/**
 * Words the match reasons are written with, in both languages. The server
 * writes each reason once in the reader's language; the web shows it as is.
 */
import type { Locale } from './errors';
import type { JOB_SKILLS, JOB_TYPES, PAY_UNITS } from './enums';

export const SKILL_WORDS: Record<(typeof JOB_SKILLS)[number], Record<Locale, string>> = {
  sewing: { 'zh-CN': '缝纫', en: 'sewing' },
  packing: { 'zh-CN': '包装', en: 'packing' },
  handcraft: { 'zh-CN': '手工', en: 'handcraft' },
  beading: { 'zh-CN': '串珠', en: 'beading' },
  food_processing: { 'zh-CN': '食品加工', en: 'food processing' },
  cooking: { 'zh-CN': '烹饪', en: 'cooking' },
  serving: { 'zh-CN': '餐厅服务', en: 'table service' },
  cashier: { 'zh-CN': '收银', en: 'cashier' },
  cleaning: { 'zh-CN': '保洁', en: 'cleaning' },
  warehouse: { 'zh-CN': '仓储分拣', en: 'warehouse sorting' },
  driving: { 'zh-CN': '驾驶', en: 'driving' },
  childcare: { 'zh-CN': '育婴', en: 'childcare' },
  elderly_care: { 'zh-CN': '养老护理', en: 'elderly care' },
  computer: { 'zh-CN': '电脑操作', en: 'computer use' },
  sales: { 'zh-CN': '销售', en: 'sales' },
};

export const JOB_TYPE_WORDS: Record<(typeof JOB_TYPES)[number], Record<Locale, string>> = {
  full_time: { 'zh-CN': '全职', en: 'full-time' },
  part_time: { 'zh-CN': '兼职', en: 'part-time' },
  piecework: { 'zh-CN': '计件', en: 'piece-rate' },
  hourly: { 'zh-CN': '小时工', en: 'hourly' },
  gig: { 'zh-CN': '临时零工', en: 'odd jobs' },
  shared: { 'zh-CN': '共享用工', en: 'shared employment' },
};

export const PAY_UNIT_WORDS: Record<(typeof PAY_UNITS)[number], Record<Locale, string>> = {
  month: { 'zh-CN': '元/月', en: 'yuan/month' },
  day: { 'zh-CN': '元/天', en: 'yuan/day' },
  hour: { 'zh-CN': '元/小时', en: 'yuan/hour' },
  piece: { 'zh-CN': '元/件', en: 'yuan/piece' },
};

/** A skill's words, or the free tag itself. */
export function skillWord(skill: string, locale: Locale): string {
  return (SKILL_WORDS as Record<string, Record<Locale, string>>)[skill]?.[locale] ?? skill;
}

/** Integer fen as yuan without trailing zeros: 350000 → "3500", 2250 → "22.5", 5 → "0.05". */
export function yuan(fen: number): string {
  // Integer arithmetic: every match reason with pay calls this, and toFixed with a pattern costs more than the rest of the sentence.
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  if (cents === 0) return `${sign}${whole}`;
  if (cents % 10 === 0) return `${sign}${whole}.${cents / 10}`;
  return `${sign}${whole}.${cents < 10 ? '0' : ''}${cents}`;
}
