import { describe, expect, it } from 'vitest';
import { insideHours, isOpenAt, nextDay, openingsOn, shanghaiClock, slotStart, weekdayOf } from './opening-hours';

const weekdays = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, opens: '08:30', closes: '12:00' },
  { weekday, opens: '13:30', closes: '17:30' },
]);
const hours = [...weekdays, { weekday: 6, opens: '09:00', closes: '12:00' }];
const closures = [{ day: '2027-01-01', reason: '元旦' }];

describe('opening hours', () => {
  it('reads the weekday of a calendar day (ISO, Monday = 1)', () => {
    expect(weekdayOf('2026-12-07')).toBe(1);
    expect(weekdayOf('2026-12-13')).toBe(7);
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('takes the wall clock of Asia/Shanghai whatever the server zone', () => {
    // 01:30 UTC is 09:30 in Shanghai on the same day; 17:00 UTC is 01:00 the next day.
    expect(shanghaiClock(new Date('2026-12-07T01:30:00Z'))).toEqual({ day: '2026-12-07', minutes: 570 });
    expect(shanghaiClock(new Date('2026-12-07T17:00:00Z'))).toEqual({ day: '2026-12-08', minutes: 60 });
    expect(slotStart('2026-12-07', '09:30:00').toISOString()).toBe('2026-12-07T01:30:00.000Z');
  });

  it('is open inside an opening, closed at lunch, at the closing minute, on Sunday and on a holiday', () => {
    const at = (local: string) => new Date(`${local}+08:00`);
    expect(isOpenAt(at('2026-12-07T08:30:00'), hours, closures)).toBe(true);
    expect(isOpenAt(at('2026-12-07T08:29:00'), hours, closures)).toBe(false);
    expect(isOpenAt(at('2026-12-07T12:30:00'), hours, closures)).toBe(false);
    expect(isOpenAt(at('2026-12-07T17:29:00'), hours, closures)).toBe(true);
    expect(isOpenAt(at('2026-12-07T17:30:00'), hours, closures)).toBe(false);
    expect(isOpenAt(at('2026-12-12T10:00:00'), hours, closures)).toBe(true);
    expect(isOpenAt(at('2026-12-13T10:00:00'), hours, closures)).toBe(false);
    // 2027-01-01 is a Friday, closed for 元旦
    expect(isOpenAt(at('2027-01-01T10:00:00'), hours, closures)).toBe(false);
    expect(openingsOn('2027-01-01', hours, closures)).toEqual([]);
    expect(openingsOn('2026-12-07', hours, closures).map((o) => o.opens)).toEqual(['08:30', '13:30']);
  });

  it('holds a slot to one opening: not across lunch, not on a closure', () => {
    expect(insideHours('2026-12-07', '09:00', '09:30', hours, closures)).toBe(true);
    expect(insideHours('2026-12-07', '11:30', '12:00', hours, closures)).toBe(true);
    expect(insideHours('2026-12-07', '11:30', '14:00', hours, closures)).toBe(false);
    expect(insideHours('2026-12-13', '09:00', '09:30', hours, closures)).toBe(false);
    expect(insideHours('2027-01-01', '09:00', '09:30', hours, closures)).toBe(false);
  });
});
