/** Guarantee loans after disbursement: repayments, overdue periods and the quarter's 贴息. SQL only. */
import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Db } from '../../db/client';
import type { Database } from '../../db/types';
import { PERIOD_COLUMNS, type schedulePeriods } from './loans.repository';

type Trx = Transaction<Database>;
type Q = Db | Trx;

export type PeriodRow = Awaited<ReturnType<typeof schedulePeriods>>[number];

/** The periods of some loans, locked while a repayment is applied to them. */
export function lockPeriods(trx: Trx, loanIds: readonly number[]) {
  return trx
    .selectFrom('loan_schedule_periods')
    .select(['loan_id', ...PERIOD_COLUMNS])
    .where('loan_id', 'in', loanIds.length ? [...loanIds] : [-1])
    .orderBy('loan_id')
    .orderBy('period_no')
    .forUpdate()
    .execute();
}

export function repaymentsOf(db: Q, loanId: number) {
  return db
    .selectFrom('loan_repayments as p')
    .innerJoin('users as u', 'u.id', 'p.recorded_by_user_id')
    .select([
      'p.id',
      'p.period_no',
      'p.paid_on',
      'p.amount_fen',
      'p.reference',
      'p.source',
      'u.display_name as recorded_by',
      'p.recorded_at',
    ])
    .where('p.loan_id', '=', loanId)
    .orderBy('p.id')
    .execute();
}

/** The repayments already recorded under these references, for the loans named. */
export function repaymentsByReference(db: Q, pairs: readonly { loanId: number; reference: string }[]) {
  if (!pairs.length) return Promise.resolve([]);
  return db
    .selectFrom('loan_repayments')
    .select(['loan_id', 'reference', 'period_no', 'paid_on', 'amount_fen'])
    .where((eb) => eb.or(pairs.map((p) => eb.and([eb('loan_id', '=', p.loanId), eb('reference', '=', p.reference)]))))
    .execute();
}

export async function insertRepayment(
  trx: Trx,
  values: {
    loan_id: number;
    period_no: number;
    paid_on: string;
    amount_fen: number;
    reference: string;
    source: 'screen' | 'import';
    recorded_by_user_id: number;
    recorded_at: Date;
  },
): Promise<boolean> {
  const res = await trx
    .insertInto('loan_repayments')
    .values(values)
    .onConflict((oc) => oc.columns(['loan_id', 'reference']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function setPeriodPaid(trx: Trx, loanId: number, periodNo: number, paidFen: number, paidOn: string | null) {
  return trx
    .updateTable('loan_schedule_periods')
    .set({ paid_fen: paidFen, paid_on: paidOn })
    .where('loan_id', '=', loanId)
    .where('period_no', '=', periodNo)
    .execute();
}

export function setPeriodOverdue(trx: Trx, loanId: number, periodNo: number, day: string) {
  return trx
    .updateTable('loan_schedule_periods')
    .set({ overdue_on: day })
    .where('loan_id', '=', loanId)
    .where('period_no', '=', periodNo)
    .where('overdue_on', 'is', null)
    .execute();
}

/** Loans in repayment with a period unpaid and due before `before` that is not yet marked overdue. */
export function overdueCandidates(db: Q, before: string) {
  return db
    .selectFrom('loan_schedule_periods as p')
    .innerJoin('loans as l', 'l.id', 'p.loan_id')
    .select('p.loan_id')
    .distinct()
    .where('p.paid_on', 'is', null)
    .where('p.overdue_on', 'is', null)
    .where('p.due_on', '<', before)
    .where('l.status', 'in', ['repaying', 'overdue'])
    .orderBy('p.loan_id')
    .execute();
}

// ── the quarter's 贴息 ───────────────────────────────────────────────────

export async function recordQuarter(
  trx: Trx,
  q: { quarter: string; from: string; to: string; userId: number; at: Date },
): Promise<boolean> {
  const { rows } = await sql<{ recorded: boolean }>`
    select loans_record_quarter(${q.quarter}, ${q.from}::date, ${q.to}::date, ${q.userId}, ${q.at}) as recorded`.execute(
    trx,
  );
  return rows[0]!.recorded;
}

export function quarterBatch(db: Q, quarter: string) {
  return db
    .selectFrom('loan_subsidy_quarters as q')
    .innerJoin('users as u', 'u.id', 'q.recorded_by_user_id')
    .select([
      'q.quarter',
      'q.starts_on',
      'q.ends_on',
      'q.loan_count',
      'q.subsidy_fen',
      'u.display_name',
      'q.recorded_at',
    ])
    .where('q.quarter', '=', quarter)
    .executeTakeFirst();
}

/** The quarter's 贴息 per loan, for the loans whose area the officer serves. */
export function quarterLines(db: Q, quarter: string, areaFilter: RawBuilder<boolean>) {
  return db
    .selectFrom('loan_quarter_subsidies as s')
    .innerJoin('loans as l', 'l.id', 's.loan_id')
    .innerJoin('residents as r', 'r.id', 'l.resident_id')
    .leftJoin('enterprises as e', 'e.id', 'l.enterprise_id')
    .innerJoin('institutions as b', 'b.id', 'l.bank_institution_id')
    .select([
      's.loan_id',
      'r.name as resident_name',
      'e.name as enterprise_name',
      'b.name as bank_name',
      'l.amount_fen',
      'l.rate_bp',
      's.interest_fen',
      's.subsidy_fen',
    ])
    .where('s.quarter', '=', quarter)
    .where(areaFilter)
    .orderBy('s.loan_id')
    .execute();
}
