/**
 * Repayments against the bank's schedule (SPEC §3.4 After disbursement): what a period still owes, when an
 * unpaid period is overdue, and whether a loan is cured or settled by what has been paid.
 *
 * A period owes its principal and the borrower's share of its interest (the rest is 贴息); a period that went
 * overdue earns no 贴息, so it owes its whole interest. It falls due on its due day, or the next working day
 * when that is a Saturday or Sunday, and is overdue the day after that while anything of it is unpaid.
 */
import { addDays, dayNumber } from './calendar';

export interface RepaymentPeriod {
  periodNo: number;
  dueOn: string;
  principalFen: number;
  interestFen: number;
  subsidyFen: number;
  paidFen: number;
  overdueOn: string | null;
}

export function periodOwesFen(p: RepaymentPeriod): number {
  return p.principalFen + p.interestFen - (p.overdueOn ? 0 : p.subsidyFen);
}

export function periodOpenFen(p: RepaymentPeriod): number {
  return Math.max(0, periodOwesFen(p) - p.paidFen);
}

/** The due day itself, or the Monday after when it falls on a weekend. */
export function dueBusinessDay(dueOn: string): string {
  const weekday = (dayNumber(dueOn) + 4) % 7; // 1970-01-01 was a Thursday: 0 = Sunday
  return weekday === 6 ? addDays(dueOn, 2) : weekday === 0 ? addDays(dueOn, 1) : dueOn;
}

/** Unpaid past its due business day, on `today`. */
export function isPastDue(p: RepaymentPeriod, today: string): boolean {
  return periodOpenFen(p) > 0 && dueBusinessDay(p.dueOn) < today;
}

/** Where a loan in repayment stands once its periods are as given: all paid, some past due, or neither. */
export function standing(periods: readonly RepaymentPeriod[], today: string): 'settled' | 'overdue' | 'repaying' {
  if (periods.every((p) => periodOpenFen(p) === 0)) return 'settled';
  return periods.some((p) => isPastDue(p, today)) ? 'overdue' : 'repaying';
}

/** '1234.5' or 1234.5 (yuan, at most two decimals) as fen; null when it is not such an amount above 0. */
export function yuanToFen(value: unknown): number | null {
  if (typeof value === 'number') {
    const fen = Math.round(value * 100);
    return Number.isSafeInteger(fen) && fen > 0 && Math.abs(value * 100 - fen) < 1e-6 ? fen : null;
  }
  const text = typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen > 0 ? fen : null;
}
