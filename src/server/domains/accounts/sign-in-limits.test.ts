import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLEARED, lockMinutes, refundAttempt, reserveAttempt, STAFF_LOCKOUT, type LoginState } from './sign-in-limits';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 18, 1, 0) + minutes * 60_000);

describe('lock lengths', () => {
  it('double from 15 minutes and stop at a day', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 50].map(lockMinutes)).toEqual([15, 30, 60, 120, 240, 480, 1440, 1440, 1440]);
  });
});

describe('reserveAttempt', () => {
  it('allows five attempts, the fifth starting the lock, and refuses the sixth unchanged', () => {
    let state: LoginState = CLEARED;
    for (let i = 1; i <= 5; i++) {
      const r = reserveAttempt(state, at(0));
      expect(r).toMatchObject({ allowed: true, attempt: i, locks: i === 5 });
      state = r.next;
    }
    expect(state).toEqual({ failedLogins: 5, lockedUntil: at(15), lockouts: 1 });
    expect(reserveAttempt(state, at(14.9))).toEqual({ allowed: false, next: state });
  });

  it('starts a new window when the lock has ended, and the next lock is longer', () => {
    let state: LoginState = { failedLogins: 5, lockedUntil: at(15), lockouts: 1 };
    const first = reserveAttempt(state, at(15));
    expect(first).toMatchObject({
      allowed: true,
      attempt: 1,
      next: { failedLogins: 1, lockedUntil: null, lockouts: 1 },
    });
    state = first.next;
    for (let i = 0; i < 4; i++) state = reserveAttempt(state, at(16)).next;
    expect(state).toEqual({ failedLogins: 5, lockedUntil: at(16 + 30), lockouts: 2 });
  });

  it('never lets more than five through between locks, whatever the order of attempts and clock', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), (gaps) => {
        let state: LoginState = CLEARED;
        let minute = 0;
        let inWindow = 0;
        for (const gap of gaps) {
          minute += gap;
          const wasLocked = state.lockedUntil !== null;
          const r = reserveAttempt(state, at(minute));
          if (wasLocked && r.allowed) inWindow = 0;
          if (r.allowed) inWindow++;
          if (inWindow > STAFF_LOCKOUT.attemptsPerWindow) return false;
          state = r.next;
        }
        return true;
      }),
    );
  });
});

describe('refundAttempt', () => {
  it('gives back the attempt, and the lock it started', () => {
    const before: LoginState = { failedLogins: 4, lockedUntil: null, lockouts: 2 };
    const r = reserveAttempt(before, at(0));
    if (!r.allowed) throw new Error('expected an allowed attempt');
    expect(refundAttempt(r.next, r)).toEqual(before);
  });

  it('leaves a lock it did not start', () => {
    const r = reserveAttempt({ failedLogins: 1, lockedUntil: null, lockouts: 0 }, at(0));
    if (!r.allowed) throw new Error('expected an allowed attempt');
    const later: LoginState = { failedLogins: 5, lockedUntil: at(15), lockouts: 1 };
    expect(refundAttempt(later, r)).toEqual({ failedLogins: 4, lockedUntil: at(15), lockouts: 1 });
  });
});
