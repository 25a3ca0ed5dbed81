/**
 * Calendar-day arithmetic for loans on YYYY-MM-DD business days (Asia/Shanghai days, as everywhere): a day as
 * a whole number, months added the way a loan contract counts them, working days for stage targets.
 */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function dayOf(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(dayNumber(day) + days);
}

/**
 * The same day of the month `months` later; a day the later month lacks is its last day (a loan of 31 January
 * for one month falls due on 28 or 29 February).
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return dayOf(Date.UTC(year, month, Math.min(d, last)) / DAY_MS);
}

/**
 * Working days from one day to another (the first not counted, the last counted): Monday to Friday. The
 * national holiday calendar changes every year by State Council notice and is not kept here (ADR: loan journey).
 */
export function workingDaysBetween(from: string, to: string): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  let count = 0;
  for (let n = start + 1; n <= end; n++) {
    const weekday = (n + 4) % 7; // 1970-01-01 was a Thursday: 0 = Sunday
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}
