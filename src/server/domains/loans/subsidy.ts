/**
 * 贴息 (the interest subsidy on a 创业担保贷款) for one period of a loan, exactly (ADR: 贴息 arithmetic).
 *
 * The borrower pays interest up to LPR − 150 bp; the rest of the loan's interest, up to the rate cap of
 * LPR + 50 bp, is 贴息 (财金〔2020〕21号 as the district's settings state it). 贴息 runs only in the loan's
 * first years (a setting, 2), never on a day past the original maturity (an extension) nor on a day the loan is
 * overdue. Interest accrues by the day on the principal outstanding, at an annual rate over 360 days (the
 * bank's 日利率 = 年利率 / 360), and the LPR of each day is the one in force that day (a dated setting).
 * Each record (a schedule period, a quarter) sums its days exactly as a fraction of fen and is rounded once,
 * half-up, to whole fen; the borrower's part is the interest less the 贴息, so the two always add up.
 */
import { addMonths, dayNumber } from './calendar';

export interface LprRate {
  /** The first day it is in force. */
  from: string;
  bp: number;
}

export interface SubsidyRules {
  /** The loan rate may be at most LPR + this (50). */
  rateCapSpreadBp: number;
  /** The borrower's share is interest up to LPR + this (−150). */
  borrowerSpreadBp: number;
  /** 贴息 runs for this many years from disbursement (2). */
  subsidyYears: number;
}

export const DEFAULT_SUBSIDY_RULES: SubsidyRules = { rateCapSpreadBp: 50, borrowerSpreadBp: -150, subsidyYears: 2 };

/** What a loan's interest and 贴息 depend on. */
export interface SubsidyLoan {
  rateBp: number;
  disbursedOn: string;
  /** The maturity in the contract; days after it (an extension) earn no 贴息. */
  originalMaturity: string;
  /** Days the loan was overdue, each [from, to) : no 贴息 on them. */
  overdue: readonly { from: string; to: string }[];
}

/** A stretch of days [start, end) with one principal outstanding. */
export interface Accrual {
  start: string;
  end: string;
  principalFen: number;
}

export interface PeriodMoney {
  interestFen: number;
  subsidyFen: number;
  borrowerFen: number;
}

/** Basis points × days × fen are summed over 10,000 × 360 before the one rounding. */
export const DENOMINATOR = 10_000 * 360;

/** The LPR in force on a day: the latest rate whose first day is not after it. */
export function lprOn(day: number, rates: readonly LprRate[]): number {
  let found: LprRate | null = null;
  for (const r of rates) if (dayNumber(r.from) <= day && (!found || r.from > found.from)) found = r;
  if (!found) throw new Error(`no LPR in force on day ${day}`);
  return found.bp;
}

/** The 贴息 rate (bp a year) of one day: the loan's rate above the borrower's share, up to the cap. */
export function subsidyBpOf(rateBp: number, lprBp: number, rules: SubsidyRules): number {
  const capped = Math.min(rateBp, lprBp + rules.rateCapSpreadBp);
  const borrower = Math.max(0, lprBp + rules.borrowerSpreadBp);
  return Math.max(0, capped - borrower);
}

/** Half-up to whole fen of a non-negative fraction num / den. */
export function halfUp(num: number, den: number): number {
  return Math.floor((2 * num + den) / (2 * den));
}

/**
 * The interest and 贴息 of some accruals, summed exactly and rounded once. The days are walked in stretches
 * that share a rate: cut at every LPR change, the end of the 贴息 years, the original maturity and each
 * overdue stretch.
 */
export function periodMoney(
  loan: SubsidyLoan,
  accruals: readonly Accrual[],
  rates: readonly LprRate[],
  rules: SubsidyRules = DEFAULT_SUBSIDY_RULES,
): PeriodMoney {
  const subsidyEnd = Math.min(
    dayNumber(addMonths(loan.disbursedOn, 12 * rules.subsidyYears)),
    dayNumber(loan.originalMaturity),
  );
  const overdue = loan.overdue.map((o) => [dayNumber(o.from), dayNumber(o.to)] as const);
  let interest = 0;
  let subsidy = 0;
  for (const a of accruals) {
    const start = dayNumber(a.start);
    const end = dayNumber(a.end);
    const cuts = new Set<number>([start, end, subsidyEnd]);
    for (const r of rates) cuts.add(dayNumber(r.from));
    for (const [from, to] of overdue) cuts.add(from).add(to);
    const points = [...cuts].filter((c) => c >= start && c <= end).sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const days = points[i + 1]! - from;
      interest += a.principalFen * loan.rateBp * days;
      const subsidised = from < subsidyEnd && !overdue.some(([o, p]) => from >= o && from < p);
      if (subsidised) subsidy += a.principalFen * subsidyBpOf(loan.rateBp, lprOn(from, rates), rules) * days;
    }
  }
  if (!Number.isSafeInteger(interest)) throw new Error('interest beyond exact arithmetic');
  const interestFen = halfUp(interest, DENOMINATOR);
  const subsidyFen = halfUp(subsidy, DENOMINATOR);
  return { interestFen, subsidyFen, borrowerFen: interestFen - subsidyFen };
}

/** The highest rate a loan may carry on a day: LPR + the cap's spread. */
export function rateCapBp(lprBp: number, rules: SubsidyRules = DEFAULT_SUBSIDY_RULES): number {
  return lprBp + rules.rateCapSpreadBp;
}
