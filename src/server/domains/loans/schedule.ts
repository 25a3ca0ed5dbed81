/**
 * The repayment schedule the bank chose (SPEC §3.4 After disbursement): interest monthly or quarterly, principal
 * at maturity or in equal instalments with each interest payment, each period's interest and 贴息 from
 * subsidy.ts. A period runs from one due day (or the disbursement) to the next; the last ends at maturity.
 */
import type { InterestFrequency, PrincipalMode } from '../../../shared/loans/enums';
import { addMonths } from './calendar';
import { periodMoney, type LprRate, type SubsidyLoan, type SubsidyRules } from './subsidy';

export interface ScheduleTerms {
  amountFen: number;
  termMonths: number;
  rateBp: number;
  disbursedOn: string;
  interestFrequency: InterestFrequency;
  principalMode: PrincipalMode;
}

export interface SchedulePeriod {
  no: number;
  start: string;
  /** The due day; the period's days are [start, dueOn). */
  dueOn: string;
  /** Principal outstanding during the period. */
  outstandingFen: number;
  principalFen: number;
  interestFen: number;
  subsidyFen: number;
  borrowerInterestFen: number;
}

export function maturityOf(disbursedOn: string, termMonths: number): string {
  return addMonths(disbursedOn, termMonths);
}

/** The periods' days and principal, before any money: due every 1 or 3 months, the last at maturity. */
export function schedulePeriods(terms: Omit<ScheduleTerms, 'rateBp'>): Omit<SchedulePeriod, keyof PeriodMoneyKeys>[] {
  const step = terms.interestFrequency === 'monthly' ? 1 : 3;
  const dues: string[] = [];
  for (let m = step; m < terms.termMonths; m += step) dues.push(addMonths(terms.disbursedOn, m));
  dues.push(maturityOf(terms.disbursedOn, terms.termMonths));
  const n = dues.length;
  const instalment = Math.floor(terms.amountFen / n);
  let outstanding = terms.amountFen;
  return dues.map((dueOn, i) => {
    const last = i === n - 1;
    const principalFen =
      terms.principalMode === 'at_maturity' ? (last ? outstanding : 0) : last ? outstanding : instalment;
    const period = {
      no: i + 1,
      start: i === 0 ? terms.disbursedOn : dues[i - 1]!,
      dueOn,
      outstandingFen: outstanding,
      principalFen,
    };
    outstanding -= principalFen;
    return period;
  });
}

interface PeriodMoneyKeys {
  interestFen: 0;
  subsidyFen: 0;
  borrowerInterestFen: 0;
}

/** The whole schedule with each period's interest and 贴息 (one rounding each). */
export function buildSchedule(
  terms: ScheduleTerms,
  rates: readonly LprRate[],
  rules: SubsidyRules,
  overdue: SubsidyLoan['overdue'] = [],
): SchedulePeriod[] {
  const loan: SubsidyLoan = {
    rateBp: terms.rateBp,
    disbursedOn: terms.disbursedOn,
    originalMaturity: maturityOf(terms.disbursedOn, terms.termMonths),
    overdue,
  };
  return schedulePeriods(terms).map((p) => {
    const money = periodMoney(loan, [{ start: p.start, end: p.dueOn, principalFen: p.outstandingFen }], rates, rules);
    return {
      ...p,
      interestFen: money.interestFen,
      subsidyFen: money.subsidyFen,
      borrowerInterestFen: money.borrowerFen,
    };
  });
}
