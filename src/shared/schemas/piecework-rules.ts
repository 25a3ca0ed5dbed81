/**
 * The rules of piecework that the server and the phone both apply, free of
 * zod so the resident bundle stays small: exact money, the rate in force on a
 * day, presence as a little state machine, the wage floor, and the
 * settlement workflow as transition tables (SPEC §3.1, ADR 0020).
 */
import { parseYuan } from '../money';
import type { PRESENCE_KINDS, SETTLEMENT_LINE_STATUSES, SETTLEMENT_STATUSES } from '../enums';

export type PresenceKind = (typeof PRESENCE_KINDS)[number];
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number];
export type SettlementLineStatus = (typeof SETTLEMENT_LINE_STATUSES)[number];

// ── money ──────────────────────────────────────────────────────────────────

export { formatFen } from '../money';

/** Piece rates and piece amounts are integers in 0.0001 yuan ("e4"); 1 fen = 100 e4. */
export const E4_PER_FEN = 100;

/**
 * "0.35" → 3500. Exact decimal parsing (no floats, src/shared/money.ts): at most four
 * decimals, positive, below 10,000 yuan. Anything else is null.
 */
export function yuanToE4(text: string): number | null {
  const parsed = parseYuan(text, 4);
  return parsed.ok && parsed.value > 0 && parsed.value < 10_000 * 10_000 ? parsed.value : null;
}

/** 3500 → "0.35", 1234 → "0.1234": at least two decimals, at most four. */
export function formatE4(e4: number): string {
  const sign = e4 < 0 ? '-' : '';
  const abs = Math.abs(e4);
  const whole = Math.floor(abs / 10_000);
  let frac = String(abs % 10_000).padStart(4, '0');
  while (frac.length > 2 && frac.endsWith('0')) frac = frac.slice(0, -1);
  return `${sign}${whole}.${frac}`;
}

/**
 * The one rounding of a settlement line: e4 → fen, half-up, where "up" means
 * away from zero, so a reversal rounds exactly opposite to what it reverses
 * (ADR 0020). PostgreSQL's round(numeric) does the same in the set-based path.
 */
export function roundE4ToFen(e4: number): number {
  if (!Number.isSafeInteger(e4)) throw new RangeError('amount out of range');
  const sign = e4 < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(e4) + E4_PER_FEN / 2) / E4_PER_FEN) || 0;
}

/** quantity × rate, exact. */
export function pieceAmountE4(quantity: number, rateE4: number): number {
  return quantity * rateE4;
}

// ── rates ──────────────────────────────────────────────────────────────────

export interface RateVersion {
  effectiveFrom: string;
  rateE4: number;
}

/** The rate in force on a business day: the latest one effective on or before it; null before the first. */
export function rateOn(rates: readonly RateVersion[], day: string): number | null {
  let best: RateVersion | null = null;
  for (const r of rates) {
    if (r.effectiveFrom <= day && (!best || r.effectiveFrom > best.effectiveFrom)) best = r;
  }
  return best?.rateE4 ?? null;
}

// ── presence ───────────────────────────────────────────────────────────────

export type PresenceState = 'none' | 'in' | 'out' | 'done';

/** Which presence step may follow which; presence is never penalised, only kept. */
export const PRESENCE_TRANSITIONS: Record<PresenceKind, { from: readonly PresenceState[]; to: PresenceState }> = {
  check_in: { from: ['none', 'done'], to: 'in' },
  step_out: { from: ['in'], to: 'out' },
  come_back: { from: ['out'], to: 'in' },
  check_out: { from: ['in', 'out'], to: 'done' },
};

export function nextPresenceKinds(state: PresenceState): PresenceKind[] {
  return (Object.keys(PRESENCE_TRANSITIONS) as PresenceKind[]).filter((k) =>
    PRESENCE_TRANSITIONS[k].from.includes(state),
  );
}

export interface PresenceDay {
  state: PresenceState;
  /** Whole minutes present in closed stretches (check-in or come-back to step-out or check-out). */
  minutesPresent: number;
  /** Start of the open stretch while in. */
  since: Date | null;
}

/**
 * Folds a day's events (in time order) into minutes present. Stepped-out time
 * does not count; an out-of-order step is refused (null) so the caller can say so.
 */
export function foldPresence(events: readonly { kind: PresenceKind; at: Date }[]): PresenceDay | null {
  let state: PresenceState = 'none';
  let since: Date | null = null;
  let ms = 0;
  for (const e of events) {
    const t = PRESENCE_TRANSITIONS[e.kind];
    if (!t.from.includes(state)) return null;
    if (since && (e.kind === 'step_out' || e.kind === 'check_out')) ms += Math.max(0, e.at.getTime() - since.getTime());
    since = t.to === 'in' ? e.at : null;
    state = t.to;
  }
  return { state, minutesPresent: Math.floor(ms / 60_000), since };
}

// ── wage floor ─────────────────────────────────────────────────────────────

/** Effective hourly pay in fen (floored), or null when no hours were kept. */
export function effectiveHourlyFen(amountFen: number, minutesPresent: number | null): number | null {
  if (!minutesPresent || minutesPresent <= 0) return null;
  return Math.floor((amountFen * 60) / minutesPresent);
}

/**
 * Below the area's minimum hourly wage: amount / hours < floor, compared in
 * integers (amount × 60 < floor × minutes). A day without kept hours cannot be
 * judged and is not flagged.
 */
export function belowWageFloor(amountFen: number, minutesPresent: number | null, floorFenPerHour: number): boolean {
  if (!minutesPresent || minutesPresent <= 0) return false;
  return amountFen * 60 < floorFenPerHour * minutesPresent;
}

// ── settlement workflow ────────────────────────────────────────────────────

export type SettlementAction = 'confirm' | 'pay';
export type LineAction = 'acknowledge' | 'dispute' | 'resolve';

/** The owner closes a day (closed), checks it (confirmed), pays it (paid). */
export const SETTLEMENT_TRANSITIONS: Record<
  SettlementAction,
  { from: readonly SettlementStatus[]; to: SettlementStatus }
> = {
  confirm: { from: ['closed'], to: 'confirmed' },
  pay: { from: ['confirmed'], to: 'paid' },
};

/**
 * A worker acknowledges a paid line or disputes a confirmed or paid one; the
 * owner or an officer resolves a dispute.
 */
export const LINE_TRANSITIONS: Record<
  LineAction,
  {
    from: readonly SettlementLineStatus[];
    to: SettlementLineStatus;
    settlement: readonly SettlementStatus[];
    by: 'worker' | 'owner_or_officer';
  }
> = {
  acknowledge: { from: ['open'], to: 'acknowledged', settlement: ['paid'], by: 'worker' },
  dispute: { from: ['open'], to: 'disputed', settlement: ['confirmed', 'paid'], by: 'worker' },
  resolve: { from: ['disputed'], to: 'resolved', settlement: ['confirmed', 'paid'], by: 'owner_or_officer' },
};

export function canSettlement(action: SettlementAction, status: SettlementStatus): boolean {
  return SETTLEMENT_TRANSITIONS[action].from.includes(status);
}

export function canLine(action: LineAction, line: SettlementLineStatus, settlement: SettlementStatus): boolean {
  const t = LINE_TRANSITIONS[action];
  return t.from.includes(line) && t.settlement.includes(settlement);
}
