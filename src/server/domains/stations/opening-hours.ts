/**
 * When a station is open (SPEC §3.6): its hours per weekday, Asia/Shanghai wall-clock time, unless
 * the day is one of its closures (a public holiday, a training day). Pure, so "open now" on the
 * resident's screen, the week shown beside it and the check that a slot lies inside the hours are
 * one rule.
 */
import { BUSINESS_TIME_ZONE, businessDay } from '../../../shared/dates';

/** One opening on a weekday (1 = Monday … 7 = Sunday), times as 'HH:MM' or 'HH:MM:SS'. */
export interface Opening {
  weekday: number;
  opens: string;
  closes: string;
}

export interface Closure {
  day: string;
  reason: string;
}

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: BUSINESS_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Minutes after midnight of an 'HH:MM[:SS]' time. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** 'HH:MM' of a time the database gives as 'HH:MM:SS'. */
export function clock(time: string): string {
  return time.slice(0, 5);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD day; a calendar day has no zone. */
export function weekdayOf(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(day: string, by = 1): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}

/** The Asia/Shanghai day and minutes after midnight of an instant. */
export function shanghaiClock(at: Date): { day: string; minutes: number } {
  const [h, m] = clockFormat.format(at).split(':').map(Number) as [number, number];
  return { day: businessDay(at), minutes: h * 60 + m };
}

/** The openings of one day, in order; none on a closure. */
export function openingsOn(day: string, hours: readonly Opening[], closures: readonly Closure[]): Opening[] {
  if (closures.some((c) => c.day === day)) return [];
  const weekday = weekdayOf(day);
  return hours.filter((h) => h.weekday === weekday).sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
}

/** Whether the station is open at an instant: inside an opening of its Asia/Shanghai day, closes exclusive. */
export function isOpenAt(at: Date, hours: readonly Opening[], closures: readonly Closure[]): boolean {
  const { day, minutes } = shanghaiClock(at);
  return openingsOn(day, hours, closures).some((o) => minutes >= minutesOf(o.opens) && minutes < minutesOf(o.closes));
}

/** Whether a time range of a day lies wholly inside one of that day's openings. */
export function insideHours(
  day: string,
  starts: string,
  ends: string,
  hours: readonly Opening[],
  closures: readonly Closure[],
): boolean {
  const [s, e] = [minutesOf(starts), minutesOf(ends)];
  return openingsOn(day, hours, closures).some((o) => s >= minutesOf(o.opens) && e <= minutesOf(o.closes));
}

/** The instant a slot starts: its day and wall-clock time in Asia/Shanghai (UTC+8, no daylight saving). */
export function slotStart(day: string, starts: string): Date {
  return new Date(`${day}T${clock(starts)}:00+08:00`);
}
