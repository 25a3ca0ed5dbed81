import { describe, expect, it } from 'vitest';
import { ageOn, businessDay } from './dates';

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
