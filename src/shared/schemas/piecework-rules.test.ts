import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  belowWageFloor,
  canLine,
  canSettlement,
  effectiveHourlyFen,
  foldPresence,
  formatE4,
  formatFen,
  nextPresenceKinds,
  pieceAmountE4,
  rateOn,
  roundE4ToFen,
  yuanToE4,
} from './piecework-rules';

describe('rate lookup by date', () => {
  const rates = [
    { effectiveFrom: '2026-11-01', rateE4: 500 },
    { effectiveFrom: '2026-11-15', rateE4: 550 },
    { effectiveFrom: '2026-10-01', rateE4: 450 },
  ];
  it('takes the latest rate effective on or before the day, in any order', () => {
    expect(rateOn(rates, '2026-10-31')).toBe(450);
    expect(rateOn(rates, '2026-11-01')).toBe(500);
    expect(rateOn(rates, '2026-11-14')).toBe(500);
    expect(rateOn(rates, '2026-11-15')).toBe(550);
    expect(rateOn(rates, '2027-01-01')).toBe(550);
  });
  it('has no rate before the first one', () => {
    expect(rateOn(rates, '2026-09-30')).toBeNull();
    expect(rateOn([], '2026-11-01')).toBeNull();
  });
});

describe('exact money', () => {
  it('parses yuan into 0.0001-yuan units without floats', () => {
    expect(yuanToE4('0.35')).toBe(3500);
    expect(yuanToE4('0.0001')).toBe(1);
    expect(yuanToE4('12')).toBe(120000);
    expect(yuanToE4('0.1234')).toBe(1234);
    expect(yuanToE4('0.12345')).toBeNull();
    expect(yuanToE4('0')).toBeNull();
    expect(yuanToE4('-1')).toBeNull();
    expect(yuanToE4('1e3')).toBeNull();
  });
  it('formats e4 and fen back', () => {
    expect(formatE4(3500)).toBe('0.35');
    expect(formatE4(1234)).toBe('0.1234');
    expect(formatE4(120000)).toBe('12.00');
    expect(formatFen(9800)).toBe('98.00');
    expect(formatFen(-5)).toBe('-0.05');
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999 }), (e4) => yuanToE4(formatE4(e4)) === e4));
  });
  it('rounds a line once, half-up away from zero', () => {
    expect(roundE4ToFen(149)).toBe(1);
    expect(roundE4ToFen(150)).toBe(2);
    expect(roundE4ToFen(50)).toBe(1);
    expect(roundE4ToFen(49)).toBe(0);
    expect(roundE4ToFen(-150)).toBe(-2);
    expect(roundE4ToFen(-149)).toBe(-1);
    expect(roundE4ToFen(0)).toBe(0);
    expect(Object.is(roundE4ToFen(-49), -0)).toBe(false);
  });
  it('rounds once per line, not per record (the sum of parts may differ by design)', () => {
    // 3 records of 0.0050 yuan: per-record rounding would pay 3 fen; the line pays 2 (1.5 fen → 2).
    const line = [1, 1, 1].reduce((s, q) => s + pieceAmountE4(q, 50), 0);
    expect(roundE4ToFen(line)).toBe(2);
  });
  it('a reversal cancels exactly: record + reversal rounds to zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 1_000_000 }), (q, r) => {
        expect(roundE4ToFen(pieceAmountE4(q, r) + pieceAmountE4(-q, r))).toBe(0);
        expect(roundE4ToFen(pieceAmountE4(-q, r)) + roundE4ToFen(pieceAmountE4(q, r))).toBe(0);
      }),
    );
  });
  it('an adjustment from a later correction changes the next line by its own amount', () => {
    const day = pieceAmountE4(1900, 500) + pieceAmountE4(100, 300); // 98元
    const correction = pieceAmountE4(-100, 500); // 100 puffs reversed after the day was settled
    expect(roundE4ToFen(day)).toBe(9800);
    expect(roundE4ToFen(pieceAmountE4(1000, 500) + correction)).toBe(4500);
  });
});

describe('presence', () => {
  const t = (hhmm: string) => new Date(`2026-11-29T${hhmm}:00+08:00`);
  it('counts check-in to check-out without the stepped-out hour', () => {
    const day = foldPresence([
      { kind: 'check_in', at: t('09:00') },
      { kind: 'step_out', at: t('10:30') },
      { kind: 'come_back', at: t('11:30') },
      { kind: 'check_out', at: t('14:00') },
    ]);
    expect(day).toEqual({ state: 'done', minutesPresent: 240, since: null });
  });
  it('keeps the open stretch while in', () => {
    expect(foldPresence([{ kind: 'check_in', at: t('08:00') }])).toEqual({
      state: 'in',
      minutesPresent: 0,
      since: t('08:00'),
    });
  });
  it('refuses steps out of order', () => {
    expect(foldPresence([{ kind: 'step_out', at: t('08:00') }])).toBeNull();
    expect(
      foldPresence([
        { kind: 'check_in', at: t('08:00') },
        { kind: 'come_back', at: t('09:00') },
      ]),
    ).toBeNull();
    expect(nextPresenceKinds('none')).toEqual(['check_in']);
    expect(nextPresenceKinds('out')).toEqual(['come_back', 'check_out']);
  });
  it('checking out while stepped out counts nothing for the time away', () => {
    expect(
      foldPresence([
        { kind: 'check_in', at: t('08:00') },
        { kind: 'step_out', at: t('09:00') },
        { kind: 'check_out', at: t('12:00') },
      ])?.minutesPresent,
    ).toBe(60);
  });
});

describe('wage floor', () => {
  it('flags a line whose effective hourly pay is below the floor', () => {
    expect(belowWageFloor(9800, 240, 2200)).toBe(false); // 24.50元/h
    expect(belowWageFloor(9800, 300, 2200)).toBe(true); // 19.60元/h
    expect(belowWageFloor(13200, 360, 2200)).toBe(false); // exactly 22元/h
    expect(belowWageFloor(13199, 360, 2200)).toBe(true);
  });
  it('cannot judge a day without kept hours', () => {
    expect(belowWageFloor(100, null, 2200)).toBe(false);
    expect(belowWageFloor(100, 0, 2200)).toBe(false);
    expect(effectiveHourlyFen(9800, 240)).toBe(2450);
    expect(effectiveHourlyFen(9800, null)).toBeNull();
  });
});

describe('settlement workflow', () => {
  it('pays only a confirmed settlement', () => {
    expect(canSettlement('pay', 'closed')).toBe(false);
    expect(canSettlement('confirm', 'closed')).toBe(true);
    expect(canSettlement('pay', 'confirmed')).toBe(true);
    expect(canSettlement('pay', 'paid')).toBe(false);
    expect(canSettlement('confirm', 'paid')).toBe(false);
  });
  it('a worker acknowledges a paid line, disputes a confirmed or paid one; a dispute is resolved', () => {
    expect(canLine('acknowledge', 'open', 'confirmed')).toBe(false);
    expect(canLine('acknowledge', 'open', 'paid')).toBe(true);
    expect(canLine('dispute', 'open', 'closed')).toBe(false);
    expect(canLine('dispute', 'open', 'confirmed')).toBe(true);
    expect(canLine('resolve', 'disputed', 'paid')).toBe(true);
    expect(canLine('resolve', 'open', 'paid')).toBe(false);
    expect(canLine('acknowledge', 'acknowledged', 'paid')).toBe(false);
  });
});
