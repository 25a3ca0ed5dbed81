/**
 * Weekly schedules as half-hour slots (ADR 0025). A window is a set of
 * weekdays (1 = Monday … 7 = Sunday) and a from–to time on the half hour;
 * a week is 7 × 48 slots, kept as a 336-character '0'/'1' string that the
 * database stores as bit(336), so "does this post fall inside her free time"
 * is one AND in SQL.
 */
export const SLOTS_PER_DAY = 48;
export const WEEK_SLOTS = 7 * SLOTS_PER_DAY;

export interface ScheduleWindow {
  days: number[];
  from: string;
  to: string;
}

/** 'HH:MM' on the hour or half hour, 00:00–24:00. */
export const HALF_HOUR_TIME = /^(([01][0-9]|2[0-3]):(00|30)|24:00)$/;

export function slotOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 2 + (m >= 30 ? 1 : 0);
}

/** The windows as a 336-character bit string; overlapping windows simply merge. */
export function windowsToSlots(windows: readonly ScheduleWindow[]): string {
  const bits = new Array<string>(WEEK_SLOTS).fill('0');
  for (const w of windows) {
    const from = slotOf(w.from);
    const to = slotOf(w.to);
    for (const day of new Set(w.days)) {
      if (day < 1 || day > 7) continue;
      for (let s = from; s < to; s++) bits[(day - 1) * SLOTS_PER_DAY + s] = '1';
    }
  }
  return bits.join('');
}

export function countSlots(slots: string): number {
  let n = 0;
  for (const c of slots) if (c === '1') n++;
  return n;
}

/** Slots set in both. */
export function overlapSlots(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] === '1' && b[i] === '1') n++;
  return n;
}

/** A window is valid when its end is after its start and it names at least one weekday. */
export function windowProblem(w: ScheduleWindow): 'window_order' | 'window_days' | null {
  if (w.days.length === 0) return 'window_days';
  if (slotOf(w.to) <= slotOf(w.from)) return 'window_order';
  return null;
}

/** Whether every slot of the schedule lies inside the school hours (the 妈妈岗 rule, SPEC §3.2). */
export function fitsSchoolHours(windows: readonly ScheduleWindow[], school: ScheduleWindow): boolean {
  const post = windowsToSlots(windows);
  const total = countSlots(post);
  return total > 0 && overlapSlots(post, windowsToSlots([school])) === total;
}

/** 'HH:MM' → minutes since midnight. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** A day's free time as sorted, merged [from, to) minute ranges (08:30–12:00 and 12:00–15:30 are one stretch). */
function freeStretches(free: readonly ScheduleWindow[], day: number): [number, number][] {
  const ranges = free
    .filter((w) => w.days.includes(day))
    .map((w): [number, number] => [minutesOf(w.from), minutesOf(w.to)])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of ranges) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * Whether someone free during `free` can work every shift of `work` with `travelMinutes` to get
 * there before it starts and home after it ends: each day's shift, widened by the travel at both
 * ends, lies inside one stretch of that day's free time. For a parent whose free time is the
 * school hours, this is "the shift fits the school run" (the 妈妈岗 reason, SPEC §3.2).
 * An empty schedule has nothing to fit and answers false.
 */
export function fitsWithTravel(
  work: readonly ScheduleWindow[],
  free: readonly ScheduleWindow[],
  travelMinutes: number,
): boolean {
  let shifts = 0;
  for (const w of work) {
    const leave = minutesOf(w.from) - travelMinutes;
    const back = minutesOf(w.to) + travelMinutes;
    for (const day of new Set(w.days)) {
      shifts++;
      if (!freeStretches(free, day).some(([from, to]) => from <= leave && back <= to)) return false;
    }
  }
  return shifts > 0;
}
