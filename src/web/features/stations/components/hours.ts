import type { TFunction } from 'i18next';
import type { Opening } from '../api/contracts';

/** '08:30–12:00、13:30–17:30' for a day's openings. */
export function openingsText(openings: readonly Opening[]): string {
  return openings.map((o) => `${o.opens}–${o.closes}`).join('、');
}

/** The week as lines 'Mon–Fri 08:30–12:00、13:30–17:30', consecutive weekdays with the same hours joined. */
export function weekLines(hours: readonly Opening[], t: TFunction): string[] {
  const byDay = new Map<number, string>();
  for (let d = 1; d <= 7; d++) byDay.set(d, openingsText(hours.filter((h) => h.weekday === d)));
  const lines: string[] = [];
  let start = 1;
  for (let d = 2; d <= 8; d++) {
    if (d <= 7 && byDay.get(d) === byDay.get(start)) continue;
    const text = byDay.get(start)!;
    if (text) {
      const name = (n: number) => t(`stations.weekdays.${String(n) as '1'}`);
      lines.push(`${start === d - 1 ? name(start) : `${name(start)}–${name(d - 1)}`} ${text}`);
    }
    start = d;
  }
  return lines;
}
