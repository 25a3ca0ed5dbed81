/**
 * loans_quarter_money (a quarter's interest and 贴息 for every loan, in SQL) against quarter.ts's quarterMoney
 * (the same rules in TypeScript, on subsidy.ts), over random loans: rates below and above the cap, LPR changes
 * inside the quarter, rules the district edits, disbursements that put the end of the 贴息 years or the maturity
 * inside the quarter, monthly and quarterly schedules, principal at maturity or in instalments, overdue periods.
 * Each case runs in a transaction that is rolled back, so every case starts from the seeded database.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/support/test-app';
import { addDays, dayOf, dayNumber } from './calendar';
import { quarterDays, quarterMoney } from './quarter';
import { schedulePeriods } from './schedule';
import type { LprRate, SubsidyRules } from './subsidy';

const t = useTestApp();

const loanArb = fc.record({
  amountFen: fc.integer({ min: 1_000_000, max: 400_000_000 }),
  termMonths: fc.integer({ min: 1, max: 40 }),
  rateBp: fc.integer({ min: 100, max: 600 }),
  // up to three years before the quarter's end
  disbursedBack: fc.integer({ min: 1, max: 1100 }),
  interestFrequency: fc.constantFrom('monthly' as const, 'quarterly' as const),
  principalMode: fc.constantFrom('at_maturity' as const, 'instalments' as const),
  overdue: fc.array(fc.nat(), { maxLength: 3 }),
});

const caseArb = fc.record({
  quarter: fc.constantFrom('2025-Q1', '2025-Q4', '2026-Q2', '2026-Q3'),
  rules: fc.record({
    rateCapSpreadBp: fc.integer({ min: 0, max: 200 }),
    borrowerSpreadBp: fc.integer({ min: -300, max: 100 }),
    subsidyYears: fc.integer({ min: 0, max: 3 }),
  }),
  // LPR changes: days after 2022-01-01 and rates
  lpr: fc.array(fc.record({ offset: fc.integer({ min: 1, max: 1800 }), bp: fc.integer({ min: 100, max: 500 }) }), {
    maxLength: 8,
  }),
  loans: fc.array(loanArb, { minLength: 1, maxLength: 6 }),
});

describe('a quarter’s 贴息: loans_quarter_money equals quarterMoney', () => {
  it('gives every loan the interest and 贴息 the TypeScript rules give, on random loans', async () => {
    const { rows } = await t.adminQuery(`select id::int from loans where disbursed_on is not null order by id limit 6`);
    const ids = rows.map((r) => r.id as number);
    expect(ids).toHaveLength(6);

    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const { from, to } = quarterDays(c.quarter);
        const rules: SubsidyRules = c.rules;
        const rates: LprRate[] = [
          { from: '2022-01-01', bp: 370 },
          ...c.lpr.map((r) => ({ from: addDays('2022-01-01', r.offset), bp: r.bp })),
        ].filter((r, i, all) => all.findIndex((x) => x.from === r.from) === i);
        await t.adminQuery('begin');
        try {
          await t.adminQuery(`delete from loan_lpr_rates`);
          for (const r of rates)
            await t.adminQuery(`insert into loan_lpr_rates (effective_from, rate_bp) values ($1, $2)`, [r.from, r.bp]);
          await t.adminQuery(
            `update loan_rules set rate_cap_spread_bp = $1, borrower_spread_bp = $2, subsidy_years = $3`,
            [rules.rateCapSpreadBp, rules.borrowerSpreadBp, rules.subsidyYears],
          );
          await t.adminQuery(`delete from loan_repayments`);
          await t.adminQuery(`delete from loan_schedule_periods`);
          const expected = new Map<number, { interestFen: number; subsidyFen: number }>();
          for (const [i, l] of c.loans.entries()) {
            const id = ids[i]!;
            const disbursedOn = dayOf(dayNumber(to) - l.disbursedBack);
            const periods = schedulePeriods({ ...l, disbursedOn });
            const maturityOn = periods.at(-1)!.dueOn;
            const overdue = new Set(l.overdue.map((n) => 1 + (n % periods.length)));
            await t.adminQuery(`update loans set rate_bp = $2, disbursed_on = $3, maturity_on = $4 where id = $1`, [
              id,
              l.rateBp,
              disbursedOn,
              maturityOn,
            ]);
            for (const p of periods)
              await t.adminQuery(
                `insert into loan_schedule_periods (loan_id, period_no, starts_on, due_on, outstanding_fen, principal_fen,
                   interest_fen, subsidy_fen, overdue_on) values ($1, $2, $3, $4, $5, $6, 0, 0, $7)`,
                [id, p.no, p.start, p.dueOn, p.outstandingFen, p.principalFen, overdue.has(p.no) ? p.dueOn : null],
              );
            const money = quarterMoney(
              { rateBp: l.rateBp, disbursedOn, maturityOn },
              periods.map((p) => ({ ...p, overdue: overdue.has(p.no) })),
              from,
              to,
              rates,
              rules,
            );
            if (money) expected.set(id, { interestFen: money.interestFen, subsidyFen: money.subsidyFen });
          }
          const got = await t.adminQuery(
            `select loan_id::int, interest_fen::bigint, subsidy_fen::bigint from loans_quarter_money($1, $2)`,
            [from, to],
          );
          const actual = new Map(
            got.rows.map((r) => [
              r.loan_id as number,
              { interestFen: Number(r.interest_fen), subsidyFen: Number(r.subsidy_fen) },
            ]),
          );
          expect(actual).toEqual(expected);
        } finally {
          await t.adminQuery('rollback');
        }
      }),
      { numRuns: 60 },
    );
  });
});
