import { describe, expect, it } from 'vitest';
import {
  countSlots,
  fitsSchoolHours,
  fitsWithTravel,
  overlapSlots,
  windowProblem,
  windowsToSlots,
  WEEK_SLOTS,
} from './job-schedule';

const school = { days: [1, 2, 3, 4, 5], from: '08:30', to: '15:30' };

describe('weekly half-hour slots', () => {
  it('Mon–Fri 08:30–15:30 is 5 × 14 slots in a 336-slot week', () => {
    const slots = windowsToSlots([school]);
    expect(slots).toHaveLength(WEEK_SLOTS);
    expect(countSlots(slots)).toBe(70);
    expect(slots[17]).toBe('1'); // Monday 08:30
    expect(slots[16]).toBe('0'); // Monday 08:00
    expect(slots[5 * 48 + 17]).toBe('0'); // Saturday
  });
  it('counts the overlap of two schedules', () => {
    expect(overlapSlots(windowsToSlots([school]), windowsToSlots([{ days: [1], from: '15:00', to: '18:00' }]))).toBe(1);
  });
  it('a window must end after it starts and name a day', () => {
    expect(windowProblem({ days: [1], from: '10:00', to: '09:00' })).toBe('window_order');
    expect(windowProblem({ days: [], from: '09:00', to: '10:00' })).toBe('window_days');
  });
  it('妈妈岗 hours must lie inside school hours', () => {
    expect(fitsSchoolHours([{ days: [1, 2, 3, 4, 5], from: '09:00', to: '15:00' }], school)).toBe(true);
    expect(fitsSchoolHours([{ days: [1, 2, 3, 4, 5], from: '09:00', to: '16:00' }], school)).toBe(false);
    expect(fitsSchoolHours([{ days: [6], from: '09:00', to: '12:00' }], school)).toBe(false);
    expect(fitsSchoolHours([], school)).toBe(false);
  });
});

describe('a shift and the school run, walking included', () => {
  const WEEKDAYS = [1, 2, 3, 4, 5];
  it('fits when leaving before the shift and getting back after it stay inside school hours', () => {
    expect(fitsWithTravel([{ days: WEEKDAYS, from: '09:00', to: '15:00' }], [school], 15)).toBe(true);
    expect(fitsWithTravel([{ days: WEEKDAYS, from: '09:00', to: '15:00' }], [school], 30)).toBe(true);
  });
  it('does not fit when the walk starts before drop-off ends', () => {
    // 08:30 start − 15 min walk = 08:15, before the 08:30 drop-off is over.
    expect(fitsWithTravel([{ days: WEEKDAYS, from: '08:30', to: '15:00' }], [school], 15)).toBe(false);
    expect(fitsWithTravel([{ days: WEEKDAYS, from: '09:00', to: '15:00' }], [school], 31)).toBe(false);
  });
  it('does not fit when the walk home ends after pick-up', () => {
    // 15:30 end + 1 min walk = 15:31, after the 15:30 pick-up.
    expect(fitsWithTravel([{ days: WEEKDAYS, from: '09:00', to: '15:30' }], [school], 1)).toBe(false);
  });
  it('checks every day of the shift, and joins free stretches that touch', () => {
    const split = [
      { days: WEEKDAYS, from: '08:30', to: '12:00' },
      { days: WEEKDAYS, from: '12:00', to: '15:30' },
    ];
    expect(fitsWithTravel([{ days: WEEKDAYS, from: '10:00', to: '14:00' }], split, 20)).toBe(true);
    expect(fitsWithTravel([{ days: [1, 6], from: '10:00', to: '14:00' }], [school], 5)).toBe(false);
  });
  it('has nothing to claim for an empty schedule', () => {
    expect(fitsWithTravel([], [school], 5)).toBe(false);
  });
});
