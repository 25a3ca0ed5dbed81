import type { TFunction } from 'i18next';
import { yuan, type JobPostSummary } from '../../../lib/contracts';

export function payText(t: TFunction, p: Pick<JobPostSummary, 'payMinFen' | 'payMaxFen' | 'payUnit'>): string {
  const range = p.payMinFen === p.payMaxFen ? yuan(p.payMinFen) : `${yuan(p.payMinFen)}–${yuan(p.payMaxFen)}`;
  return t('jobs.pay', { range, unit: t(`jobs.units.${p.payUnit}`) });
}

export function windowsText(
  t: TFunction,
  windows: { days: number[]; from: string; to: string }[],
  flexible: boolean,
): string {
  if (flexible || windows.length === 0) return t('jobs.flexible');
  return windows.map((w) => `${daysText(t, w.days)} ${w.from}–${w.to}`).join('；');
}

function daysText(t: TFunction, days: number[]): string {
  const sorted = [...days].sort();
  const consecutive = sorted.length > 2 && sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  const name = (d: number) => t(`jobs.weekdays.d${d as 1 | 2 | 3 | 4 | 5 | 6 | 7}`);
  return consecutive ? `${name(sorted[0]!)}–${name(sorted[sorted.length - 1]!)}` : sorted.map(name).join('、');
}

export function skillText(t: TFunction, skill: string): string {
  return t(`jobs.skills.${skill}` as 'jobs.skills.sewing', { defaultValue: skill });
}

/** Half-hour times for the pickers, 06:00–23:00. */
export const HALF_HOURS: string[] = Array.from({ length: 35 }, (_, i) => {
  const m = 6 * 60 + i * 30;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${m % 60 === 0 ? '00' : '30'}`;
});

/** The Beijing calendar day n days from now, as YYYY-MM-DD. */
export function beijingDayFromNow(days: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * 86_400_000));
}
