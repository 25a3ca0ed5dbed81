import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber, dayOf, workingDaysBetween } from './calendar';
import { buildSchedule, schedulePeriods } from './schedule';
import { DEFAULT_SUBSIDY_RULES, halfUp, periodMoney, subsidyBpOf, type LprRate, type SubsidyLoan } from './subsidy';

const LPR: LprRate[] = [
  { from: '2024-10-21', bp: 310 },
  { from: '2025-05-20', bp: 300 },
];

describe('the 贴息 rate of a day', () => {
  it('is the loan rate above LPR − 150 bp, up to LPR + 50 bp', () => {
    expect(subsidyBpOf(350, 300, DEFAULT_SUBSIDY_RULES)).toBe(200); // at the cap: borrower pays 150 bp
    expect(subsidyBpOf(400, 300, DEFAULT_SUBSIDY_RULES)).toBe(200); // above the cap: the excess is not subsidised
    expect(subsidyBpOf(250, 300, DEFAULT_SUBSIDY_RULES)).toBe(100);
    expect(subsidyBpOf(120, 300, DEFAULT_SUBSIDY_RULES)).toBe(0); // below the borrower's share: no 贴息
    expect(subsidyBpOf(150, 100, DEFAULT_SUBSIDY_RULES)).toBe(150); // LPR under 150 bp: the borrower pays nothing
  });
});

describe('one period of a loan', () => {
  const loan: SubsidyLoan = { rateBp: 350, disbursedOn: '2025-06-01', originalMaturity: '2027-06-01', overdue: [] };

  it('is 300,000 元 at 3.5 % for 30 days: 875 元 interest, 500 元 贴息, 375 元 the borrower', () => {
    const m = periodMoney(loan, [{ start: '2025-06-01', end: '2025-07-01', principalFen: 30_000_000 }], LPR);
    expect(m).toEqual({ interestFen: 87_500, subsidyFen: 50_000, borrowerFen: 37_500 });
  });

  it('follows an LPR change inside the period, day by day', () => {
    const early = { ...loan, disbursedOn: '2025-05-01', originalMaturity: '2027-05-01' };
    const m = periodMoney(early, [{ start: '2025-05-01', end: '2025-06-01', principalFen: 30_000_000 }], LPR);
    // 19 days at LPR 310 (贴息 190 bp: the borrower's share is 160 bp) and 12 days at LPR 300 (贴息 200 bp)
    expect(m.subsidyFen).toBe(halfUp(30_000_000 * (190 * 19 + 200 * 12), 3_600_000));
    expect(m.interestFen).toBe(halfUp(30_000_000 * 350 * 31, 3_600_000));
  });

  it('rounds once per record, half-up', () => {
    const m = periodMoney(loan, [{ start: '2025-06-01', end: '2025-06-02', principalFen: 1_234_567 }], LPR);
    // 1,234,567 × 350 / 3,600,000 = 120.029…; × 200 / 3,600,000 = 68.587…
    expect(m).toEqual({ interestFen: 120, subsidyFen: 69, borrowerFen: 51 });
  });

  it('gives no 贴息 in the third year, on an overdue day or past the original maturity', () => {
    const third = periodMoney(
      { ...loan, disbursedOn: '2023-06-01', originalMaturity: '2026-06-01' },
      [{ start: '2025-06-01', end: '2025-07-01', principalFen: 30_000_000 }],
      [{ from: '2023-01-01', bp: 345 }, ...LPR],
    );
    expect(third.subsidyFen).toBe(0);
    expect(third.interestFen).toBe(87_500);
    const overdue = periodMoney(
      { ...loan, overdue: [{ from: '2025-06-11', to: '2025-07-01' }] },
      [{ start: '2025-06-01', end: '2025-07-01', principalFen: 30_000_000 }],
      LPR,
    );
    expect(overdue.subsidyFen).toBe(halfUp(30_000_000 * 200 * 10, 3_600_000));
    const extended = periodMoney(
      { ...loan, originalMaturity: '2025-06-16' },
      [{ start: '2025-06-01', end: '2025-07-01', principalFen: 30_000_000 }],
      LPR,
    );
    expect(extended.subsidyFen).toBe(25_000);
  });
});

describe('the schedule', () => {
  it('pays quarterly interest and the principal at maturity', () => {
    const s = buildSchedule(
      {
        amountFen: 30_000_000,
        termMonths: 24,
        rateBp: 350,
        disbursedOn: '2025-06-01',
        interestFrequency: 'quarterly',
        principalMode: 'at_maturity',
      },
      LPR,
      DEFAULT_SUBSIDY_RULES,
    );
    expect(s).toHaveLength(8);
    expect(s.at(-1)).toMatchObject({ dueOn: '2027-06-01', principalFen: 30_000_000 });
    expect(s.slice(0, -1).every((p) => p.principalFen === 0)).toBe(true);
    expect(s[0]).toMatchObject({ start: '2025-06-01', dueOn: '2025-09-01' });
  });

  it('splits principal in equal instalments with the remainder last, and clamps month ends', () => {
    const p = schedulePeriods({
      amountFen: 1_000_001,
      termMonths: 3,
      disbursedOn: '2026-01-31',
      interestFrequency: 'monthly',
      principalMode: 'instalments',
    });
    expect(p.map((x) => x.dueOn)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    expect(p.map((x) => x.principalFen)).toEqual([333_333, 333_333, 333_335]);
  });

  it('counts working days Monday to Friday', () => {
    expect(workingDaysBetween('2026-12-04', '2026-12-07')).toBe(1); // Friday → Monday
    expect(workingDaysBetween('2026-12-07', '2026-12-14')).toBe(5);
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

/**
 * An independent reference: every day one at a time, in BigInt, with the LPR looked up by scanning the dated
 * list and the rules written out again — no stretches, no shared helpers but the calendar.
 */
function referenceMoney(loan: SubsidyLoan, start: string, end: string, principal: number, rates: LprRate[]) {
  let interest = 0n;
  let subsidy = 0n;
  const subsidyEnd = addMonths(loan.disbursedOn, 24);
  for (let d = start; d < end; d = addDays(d, 1)) {
    interest += BigInt(principal) * BigInt(loan.rateBp);
    const inForce = rates.filter((r) => r.from <= d).sort((a, b) => (a.from < b.from ? 1 : -1))[0]!.bp;
    const overdue = loan.overdue.some((o) => d >= o.from && d < o.to);
    if (d < subsidyEnd && d < loan.originalMaturity && !overdue) {
      const borrower = inForce > 150 ? inForce - 150 : 0;
      const capped = loan.rateBp < inForce + 50 ? loan.rateBp : inForce + 50;
      if (capped > borrower) subsidy += BigInt(principal) * BigInt(capped - borrower);
    }
  }
  const round = (x: bigint) => Number((x * 2n + 3_600_000n) / 7_200_000n);
  return { interestFen: round(interest), subsidyFen: round(subsidy) };
}

describe('periodMoney equals the day-by-day reference', () => {
  const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => dayOf(dayNumber(from) + n));
  it('over random loans, rates, LPR changes, extensions and overdue stretches', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400_000_000 }),
        fc.integer({ min: 50, max: 800 }),
        day('2024-01-01', 700),
        fc.integer({ min: 1, max: 36 }),
        // one rate a day, as the dated setting's key holds
        fc.uniqueArray(fc.tuple(day('2024-01-02', 1500), fc.integer({ min: 0, max: 600 })), {
          maxLength: 5,
          selector: ([from]) => from,
        }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1100 }), fc.integer({ min: 1, max: 120 })), { maxLength: 3 }),
        fc.integer({ min: 0, max: 1100 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 90 }),
        (principal, rateBp, disbursedOn, termMonths, changes, overdueAt, periodAt, periodDays, shortenBy) => {
          const rates: LprRate[] = [{ from: '2023-01-01', bp: 345 }, ...changes.map(([from, bp]) => ({ from, bp }))];
          const maturity = addDays(addMonths(disbursedOn, termMonths), -shortenBy);
          const loan: SubsidyLoan = {
            rateBp,
            disbursedOn,
            originalMaturity: maturity > disbursedOn ? maturity : addDays(disbursedOn, 1),
            overdue: overdueAt.map(([at, len]) => ({
              from: addDays(disbursedOn, at),
              to: addDays(disbursedOn, at + len),
            })),
          };
          const start = addDays(disbursedOn, periodAt);
          const end = addDays(start, periodDays);
          const got = periodMoney(loan, [{ start, end, principalFen: principal }], rates);
          const want = referenceMoney(loan, start, end, principal, rates);
          expect({ interestFen: got.interestFen, subsidyFen: got.subsidyFen }).toEqual(want);
          expect(got.borrowerFen).toBe(got.interestFen - got.subsidyFen);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a schedule pays back exactly the amount lent, and no period is subsidised after year two', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 400_000_000 }),
        fc.integer({ min: 1, max: 36 }),
        fc.constantFrom('monthly' as const, 'quarterly' as const),
        fc.constantFrom('at_maturity' as const, 'instalments' as const),
        day('2024-01-01', 700),
        (amountFen, termMonths, interestFrequency, principalMode, disbursedOn) => {
          const s = buildSchedule(
            { amountFen, termMonths, rateBp: 350, disbursedOn, interestFrequency, principalMode },
            LPR.concat({ from: '2023-01-01', bp: 345 }),
            DEFAULT_SUBSIDY_RULES,
          );
          expect(s.reduce((sum, p) => sum + p.principalFen, 0)).toBe(amountFen);
          const twoYears = addMonths(disbursedOn, 24);
          for (const p of s) if (p.start >= twoYears) expect(p.subsidyFen).toBe(0);
          expect(s.at(-1)!.dueOn).toBe(addMonths(disbursedOn, termMonths));
        },
      ),
      { numRuns: 200 },
    );
  });
});
