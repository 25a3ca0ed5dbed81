/** Business days are Asia/Shanghai calendar days, whatever the server's zone. */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function businessDay(at: Date): string {
  return dayFormat.format(at);
}

/** Whole years between a YYYY-MM-DD birth date and a business day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The years every date the platform keeps falls in: nobody it serves was born
 * before 1900, and no policy, post or plan reaches past 2099. Outside them a
 * date is a typing slip (or an attack), never a fact.
 */
export const EARLIEST_DAY = '1900-01-01';
export const LATEST_DAY = '2099-12-31';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a YYYY-MM-DD text names a day on the calendar: not 2026-02-30, not month 13, not year 0000. */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!);
}
