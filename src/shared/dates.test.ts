import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, businessDay, isCalendarDay } from './dates';

describe('business days', () => {
  it('are Shanghai days: 17:00 UTC is already the next day', () => {
    expect(businessDay(new Date('2026-11-18T15:59:59Z'))).toBe('2026-11-18');
    expect(businessDay(new Date('2026-11-18T16:00:00Z'))).toBe('2026-11-19');
  });
  it('count age in whole years', () => {
    expect(ageOn('1990-11-18', '2026-11-17')).toBe(35);
    expect(ageOn('1990-11-18', '2026-11-18')).toBe(36);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
  });
});

describe('calendar days', () => {
  it('are the days the calendar has: no 30 February, no month 13, no year 0000', () => {
    for (const day of ['2024-02-29', '2000-02-29', '2026-12-31', '1900-01-01', '0001-01-01'])
      expect(isCalendarDay(day), day).toBe(true);
    for (const day of [
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-04-31',
    ])
      expect(isCalendarDay(day), day).toBe(false);
    for (const text of ['0000-01-01', '2026-1-1', '20260101', '2026-01-01T00:00:00Z', ''])
      expect(isCalendarDay(text), text).toBe(false);
  });
  it('agree with the Gregorian calendar on every well-shaped text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const at = new Date(Date.UTC(y, m - 1, d));
          const real = m >= 1 && m <= 12 && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
          expect(isCalendarDay(text)).toBe(real);
        },
      ),
    );
  });
});
