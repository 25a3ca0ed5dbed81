import { describe, expect, it } from 'vitest';
import { countSlots, fitsSchoolHours, overlapSlots, windowProblem, windowsToSlots, WEEK_SLOTS } from './job-schedule';

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
