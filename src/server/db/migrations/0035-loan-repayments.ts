/**
 * Guarantee loans after disbursement (SPEC §3.4): the bank's repayments against the schedule (one per bank
 * reference, so a repayment entered or imported again changes nothing), each period's paid amount and the day it
 * was found overdue, the steps the platform itself takes (an event with no person), the quarterly 贴息 recorded
 * per loan, and the quarter's batch.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- a step the platform takes by itself (the overdue check) has no person
    alter table loan_events alter column actor_user_id drop not null;

    alter table loan_schedule_periods
      add column paid_fen bigint not null default 0 check (paid_fen >= 0),
      add column paid_on date,
      add column overdue_on date;
    create index loan_schedule_unpaid_idx on loan_schedule_periods (due_on) where paid_on is null;

    create table loan_repayments (
      id bigint generated always as identity primary key,
      loan_id bigint not null references loans(id),
      period_no int not null,
      paid_on date not null,
      amount_fen bigint not null check (amount_fen > 0),
      -- the bank's own reference (流水号): one repayment per reference on a loan
      reference text not null check (length(reference) between 1 and 64),
      source text not null check (source in ('screen','import')),
      recorded_by_user_id bigint not null references users(id),
      recorded_at timestamptz not null default now(),
      foreign key (loan_id, period_no) references loan_schedule_periods(loan_id, period_no),
      unique (loan_id, reference)
    );

    -- A quarter's 贴息, recorded once: the batch, then one row per loan with the quarter's interest and 贴息.
    create table loan_subsidy_quarters (
      quarter text primary key check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
      starts_on date not null,
      ends_on date not null check (ends_on > starts_on),
      loan_count int not null,
      subsidy_fen bigint not null,
      recorded_by_user_id bigint not null references users(id),
      recorded_at timestamptz not null
    );
    create table loan_quarter_subsidies (
      quarter text not null references loan_subsidy_quarters(quarter),
      loan_id bigint not null references loans(id),
      interest_fen bigint not null check (interest_fen >= 0),
      subsidy_fen bigint not null check (subsidy_fen between 0 and interest_fen),
      primary key (quarter, loan_id)
    );
    create index loan_quarter_subsidies_loan_idx on loan_quarter_subsidies (loan_id);
  `.execute(db);
}
