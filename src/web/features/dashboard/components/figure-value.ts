import type { Locale } from '../../../lib/contracts';

/**
 * A figure as people read it: a count with separators; money in 万元 from ten thousand yuan
 * up in Chinese (how the street reports it: "315万元"), in yuan in English.
 */
export function formatFigure(value: number, unit: 'count' | 'fen' | 'sum', locale: Locale): string {
  if (unit !== 'fen') return value.toLocaleString(locale);
  const yuan = value / 100;
  if (locale === 'en') return `¥${yuan.toLocaleString('en', { maximumFractionDigits: 2 })}`;
  if (yuan >= 10_000) return `${(yuan / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 1 })}万元`;
  return `${yuan.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}元`;
}
