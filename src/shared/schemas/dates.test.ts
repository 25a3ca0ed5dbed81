import { describe, expect, it } from 'vitest';
import { businessDay } from '../dates';
import { calendarDate, endNotBeforeStart, pastDate } from './dates';
import { z } from './zod';

const problems = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('dates by meaning', () => {
  it('a calendar date is a real day within 1900–2099, and a malformed one is only a format problem', () => {
    expect(problems(calendarDate, '2026-02-28')).toEqual([]);
    expect(problems(calendarDate, '2026-02-30')).toEqual(['date_impossible']);
    expect(problems(calendarDate, '2026-13-01')).toEqual(['date_impossible']);
    expect(problems(calendarDate, '0000-01-01')).toEqual(['date_impossible']);
    expect(problems(calendarDate, '1899-12-31')).toEqual(['date_out_of_range']);
    expect(problems(calendarDate, '9999-12-31')).toEqual(['date_out_of_range']);
    expect(problems(calendarDate, '2026-2-3')).toEqual(['date_format']);
  });
  it('a day that has happened is not after today (Asia/Shanghai), nor before 1900', () => {
    const today = businessDay(new Date());
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(problems(pastDate, today)).toEqual([]);
    expect(problems(pastDate, tomorrow)).toEqual(['future_date']);
    expect(problems(pastDate, '1850-06-01')).toEqual(['date_out_of_range']);
    expect(problems(pastDate, '2026-02-30')).toEqual(['date_impossible']);
  });
  it('a range whose end precedes its start is refused on the end; open and equal ranges pass', () => {
    const range = z
      .object({ from: z.string().nullable().optional(), to: z.string().nullable().optional() })
      .superRefine(endNotBeforeStart('from', 'to'));
    expect(range.safeParse({ from: '2026-03-02', to: '2026-03-01' }).error!.issues[0]).toMatchObject({
      path: ['to'],
      message: 'before_start',
    });
    expect(range.safeParse({ from: '2026-03-01', to: '2026-03-01' }).success).toBe(true);
    expect(range.safeParse({ from: null, to: '2026-03-01' }).success).toBe(true);
    // instants compare as instants, whatever their offsets
    expect(range.safeParse({ from: '2026-03-01T08:00:00+08:00', to: '2026-03-01T00:30:00Z' }).success).toBe(true);
    expect(range.safeParse({ from: '2026-03-01T09:00:00+08:00', to: '2026-03-01T00:30:00Z' }).success).toBe(false);
  });
});
