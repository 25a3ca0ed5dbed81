/**
 * One schema per kind of date, so each route takes its dates by meaning
 * rather than by pattern. Every date is a real calendar day within the
 * platform's years (EARLIEST_DAY … LATEST_DAY); a day that has happened
 * (a birth, a registration, an establishment) is not after today, Asia/Shanghai;
 * a range's end is not before its start.
 */
import { businessDay, EARLIEST_DAY, isCalendarDay, LATEST_DAY } from '../dates';
import { z } from './zod';

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Any real day the platform can hold; the shape is the regex's to report, the rest is judged on a well-shaped text only. */
export const calendarDate = z
  .string()
  .regex(DAY_SHAPE, 'date_format')
  .superRefine((text, ctx) => {
    if (!DAY_SHAPE.test(text)) return;
    if (!isCalendarDay(text)) ctx.addIssue({ code: 'custom', message: 'date_impossible' });
    else if (text < EARLIEST_DAY || text > LATEST_DAY) ctx.addIssue({ code: 'custom', message: 'date_out_of_range' });
  });

/** A day that has happened: a date of birth (a resident's, a child's), of a registration, of an establishment. */
export const pastDate = calendarDate.superRefine((text, ctx) => {
  if (isCalendarDay(text) && text <= LATEST_DAY && text > businessDay(new Date()))
    ctx.addIssue({ code: 'custom', message: 'future_date' });
});

/**
 * A range's end is not before its start: a refinement for an object holding
 * both (days or instants), the problem named on the end. Either may be absent
 * (an open range); a malformed one is its own field's problem.
 */
export function endNotBeforeStart<K extends string>(start: K, end: K) {
  return (value: Partial<Record<K, string | null | undefined>>, ctx: z.RefinementCtx) => {
    const from = Date.parse(value[start] ?? '');
    const to = Date.parse(value[end] ?? '');
    if (to < from) ctx.addIssue({ code: 'custom', message: 'before_start', path: [end] });
  };
}
