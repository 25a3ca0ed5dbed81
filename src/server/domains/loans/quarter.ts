/**
 * A quarter's 贴息 for one loan (SPEC §3.4, recorded quarterly per loan): the TypeScript statement of what
 * sql/loans_quarter_money.sql computes for every loan at once (quarter-money.db.test.ts proves them equal).
 * Each schedule period's days inside the quarter accrue on the period's outstanding principal; a period that
 * went overdue earns no 贴息; the quarter is one record, rounded once (subsidy.ts).
 */
import { periodMoney, type LprRate, type PeriodMoney, type SubsidyRules } from './subsidy';

export interface QuarterLoan {
  rateBp: number;
  disbursedOn: string;
  maturityOn: string;
}

export interface QuarterPeriod {
  start: string;
  dueOn: string;
  outstandingFen: number;
  overdue: boolean;
}

/** 'YYYY-Qn' as its days [from, to). */
export function quarterDays(quarter: string): { from: string; to: string } {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new Error(`not a quarter: ${quarter}`);
  const year = Number(m[1]);
  const q = Number(m[2]);
  const month = (n: number) => String(n).padStart(2, '0');
  return {
    from: `${year}-${month(q * 3 - 2)}-01`,
    to: q === 4 ? `${year + 1}-01-01` : `${year}-${month(q * 3 + 1)}-01`,
  };
}

/** The quarter a day falls in. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** One loan's interest and 贴息 in [from, to); null when none of its schedule falls in it. */
export function quarterMoney(
  loan: QuarterLoan,
  periods: readonly QuarterPeriod[],
  from: string,
  to: string,
  rates: readonly LprRate[],
  rules: SubsidyRules,
): PeriodMoney | null {
  const inside = periods.filter((p) => p.start < to && p.dueOn > from);
  if (!inside.length) return null;
  return periodMoney(
    {
      rateBp: loan.rateBp,
      disbursedOn: loan.disbursedOn,
      originalMaturity: loan.maturityOn,
      overdue: periods.filter((p) => p.overdue).map((p) => ({ from: p.start, to: p.dueOn })),
    },
    inside.map((p) => ({
      start: p.start > from ? p.start : from,
      end: p.dueOn < to ? p.dueOn : to,
      principalFen: p.outstandingFen,
    })),
    rates,
    rules,
  );
}
