import { describe, expect, it } from 'vitest';
import { checkInOpen, offerDeadline, registrationOpen } from './event-rule';

const at = (iso: string) => new Date(iso);

describe('an event’s times', () => {
  it('takes registrations until it starts', () => {
    expect(registrationOpen('2026-03-10', '14:00', at('2026-03-10T13:59:00+08:00'))).toBe(true);
    expect(registrationOpen('2026-03-10', '14:00', at('2026-03-10T14:00:00+08:00'))).toBe(false);
  });

  it('gives a promoted resident her hours to confirm, but never past the start', () => {
    expect(offerDeadline(at('2026-03-08T10:00:00+08:00'), 24, '2026-03-10', '14:00').toISOString()).toBe(
      at('2026-03-09T10:00:00+08:00').toISOString(),
    );
    expect(offerDeadline(at('2026-03-10T12:30:00+08:00'), 24, '2026-03-10', '14:00').toISOString()).toBe(
      at('2026-03-10T14:00:00+08:00').toISOString(),
    );
  });

  it('checks people in on the day only, until it ends', () => {
    expect(checkInOpen('2026-03-10', '16:00', at('2026-03-10T08:00:00+08:00'))).toBe(true);
    expect(checkInOpen('2026-03-10', '16:00', at('2026-03-09T23:00:00+08:00'))).toBe(false);
    expect(checkInOpen('2026-03-10', '16:00', at('2026-03-10T16:00:00+08:00'))).toBe(false);
  });
});
