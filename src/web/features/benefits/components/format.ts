import type { TFunction } from 'i18next';
import type { Benefit } from '../api/contracts';

/** Integer fen as yuan with two decimals, e.g. 1200000 → "12,000.00". */
export function formatYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function benefitWords(benefit: Benefit, t: TFunction): string {
  if (benefit.kind === 'fixed') return t('benefits.benefit.fixed', { amount: formatYuan(benefit.amountFen) });
  if (benefit.kind === 'loan') return t('benefits.benefit.loan', { amount: formatYuan(benefit.maxFen) });
  return t('benefits.benefit.perUnit', { amount: formatYuan(benefit.amountFen), cap: formatYuan(benefit.capFen) });
}
