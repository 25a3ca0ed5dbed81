/**
 * How many wrong passwords a staff account takes, and how long it is locked
 * after them (ADR 0009). The rule lives here only: the repository reads the
 * account's row under a lock, asks `reserveAttempt` what to write, and writes it
 * before the password is verified, so however many attempts arrive at once at
 * most `attemptsPerWindow` of them are ever checked.
 */

export const STAFF_LOCKOUT = {
  /** Passwords checked between two locks (or since the last success). */
  attemptsPerWindow: 5,
  /**
   * The length of the 1st, 2nd, 3rd… lock since the last successful sign-in, in
   * minutes; past the end of the table the last entry repeats.
   */
  lockMinutes: [15, 30, 60, 120, 240, 480, 1440],
} as const;

/** The minutes of the lock that follows `lockouts` earlier locks. */
export function lockMinutes(lockouts: number): number {
  const table = STAFF_LOCKOUT.lockMinutes;
  return table[Math.min(Math.max(lockouts, 0), table.length - 1)]!;
}

export interface LoginState {
  failedLogins: number;
  lockedUntil: Date | null;
  lockouts: number;
}

export type Reservation =
  /** The attempt may be checked; `next` is written before it is. `locks` says whether it started a lock. */
  | { allowed: true; attempt: number; locks: boolean; next: LoginState }
  /** Locked: the attempt is not checked and nothing changes. */
  | { allowed: false; next: LoginState };

/**
 * Counts an attempt before it is checked. A lock that has ended starts a new
 * window (the count goes back to zero); the attempt that fills the window
 * starts the next lock at once, so a crash between the two writes cannot leave
 * an account open, and a right password on that attempt lifts the lock again.
 */
export function reserveAttempt(state: LoginState, now: Date): Reservation {
  if (state.lockedUntil && state.lockedUntil > now) return { allowed: false, next: state };
  const lockEnded = state.lockedUntil !== null;
  const before = lockEnded || state.failedLogins >= STAFF_LOCKOUT.attemptsPerWindow ? 0 : state.failedLogins;
  const attempt = before + 1;
  if (attempt < STAFF_LOCKOUT.attemptsPerWindow) {
    return { allowed: true, attempt, locks: false, next: { ...state, failedLogins: attempt, lockedUntil: null } };
  }
  const lockedUntil = new Date(now.getTime() + lockMinutes(state.lockouts) * 60_000);
  return {
    allowed: true,
    attempt,
    locks: true,
    next: { failedLogins: attempt, lockedUntil, lockouts: state.lockouts + 1 },
  };
}

/**
 * Gives back an attempt whose password was right but which could not finish
 * (the authenticator code was still to come, or the account has no role yet):
 * it is not a failure, and a two-step sign-in must not cost two attempts.
 */
export function refundAttempt(state: LoginState, reserved: Extract<Reservation, { allowed: true }>): LoginState {
  const failedLogins = Math.max(state.failedLogins - 1, 0);
  const ownLock =
    reserved.locks &&
    state.lockedUntil !== null &&
    state.lockedUntil.getTime() === reserved.next.lockedUntil?.getTime() &&
    state.lockouts === reserved.next.lockouts;
  return ownLock
    ? { failedLogins, lockedUntil: null, lockouts: Math.max(state.lockouts - 1, 0) }
    : { ...state, failedLogins };
}

/** A successful sign-in: the count, the lock and the lock level start over. */
export const CLEARED: LoginState = { failedLogins: 0, lockedUntil: null, lockouts: 0 };
