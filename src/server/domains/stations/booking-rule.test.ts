import { describe, expect, it } from 'vitest';
import { beforeCutOff, bookable, ended } from './booking-rule';

describe('booking rule', () => {
  const at = (local: string) => new Date(`${local}+08:00`);
  it('lets a booking change until two hours before the start, Shanghai time', () => {
    expect(beforeCutOff('2026-12-08', '10:00', at('2026-12-08T08:00:00'))).toBe(true);
    expect(beforeCutOff('2026-12-08', '10:00', at('2026-12-08T08:00:01'))).toBe(false);
    expect(beforeCutOff('2026-12-09', '09:00', at('2026-12-08T20:00:00'))).toBe(true);
  });
  it('books until the start and marks a no-show only after the end', () => {
    expect(bookable('2026-12-08', '10:00', at('2026-12-08T09:59:00'))).toBe(true);
    expect(bookable('2026-12-08', '10:00', at('2026-12-08T10:00:00'))).toBe(false);
    expect(ended('2026-12-08', '10:30', at('2026-12-08T10:29:00'))).toBe(false);
    expect(ended('2026-12-08', '10:30', at('2026-12-08T10:30:00'))).toBe(true);
  });
});
