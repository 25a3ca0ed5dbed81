/**
 * Shared employment (共享用工, SPEC §3.5; 人社厅发〔2020〕98号): a firm posts surplus staff or a
 * shortage, the two are matched and an agreement lends named workers from one firm to the other
 * at cost. The labour relation stays with the lending firm: a worker row points at her
 * employment there and is always listed as its employee. The fee is the sum of its costs (no
 * margin), and work-injury liability is the lending firm's, so neither is a free column.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sharing_posts (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      area_id bigint not null references areas(id),
      kind text not null check (kind in ('surplus', 'shortage')),
      skills text[] not null default '{}',
      headcount integer not null check (headcount between 1 and 500),
      start_date date not null,
      end_date date not null,
      daily_hours integer check (daily_hours between 1 and 12),
      pay_fen_per_day integer check (pay_fen_per_day > 0),
      note text not null default '' check (length(note) <= 500),
      closed_at timestamptz,
      client_key text not null,
      created_by_user_id bigint not null references users(id),
      created_at timestamptz not null default now(),
      check (end_date >= start_date),
      -- A shortage says how long a day is and what it pays; a surplus offers people, not terms.
      check (kind = 'surplus' or (daily_hours is not null and pay_fen_per_day is not null)),
      unique (enterprise_id, client_key)
    );
    create index sharing_posts_board_idx on sharing_posts (kind, end_date) where closed_at is null;

    create table sharing_agreements (
      id bigint generated always as identity primary key,
      lending_enterprise_id bigint not null references enterprises(id),
      borrowing_enterprise_id bigint not null references enterprises(id),
      area_id bigint not null references areas(id),
      surplus_post_id bigint references sharing_posts(id),
      shortage_post_id bigint references sharing_posts(id),
      post_title text not null check (length(post_title) between 1 and 60),
      daily_hours integer not null check (daily_hours between 1 and 12),
      start_date date not null,
      end_date date not null,
      headcount integer not null check (headcount between 1 and 500),
      wage_fen_per_day integer not null check (wage_fen_per_day > 0),
      social_insurance_fen_per_day integer not null check (social_insurance_fen_per_day >= 0),
      other_costs_fen_per_day integer not null check (other_costs_fen_per_day >= 0),
      other_costs_note text not null default '' check (length(other_costs_note) <= 200),
      -- Cost only (人社厅发〔2020〕98号): the fee is its costs, never more.
      fee_fen_per_day integer not null,
      duties text not null default '' check (length(duties) <= 1000),
      return_reasons text not null default '' check (length(return_reasons) <= 500),
      extension_terms text not null default '' check (length(extension_terms) <= 500),
      status text not null default 'pending' check (status in ('pending', 'active')),
      lending_signed_at timestamptz,
      borrowing_signed_at timestamptz,
      activated_at timestamptz,
      client_key text not null,
      created_by_user_id bigint not null references users(id),
      brokered boolean not null default false,
      created_at timestamptz not null default now(),
      check (lending_enterprise_id <> borrowing_enterprise_id),
      check (end_date >= start_date),
      check (fee_fen_per_day = wage_fen_per_day + social_insurance_fen_per_day + other_costs_fen_per_day),
      check (status = 'pending' or (lending_signed_at is not null and borrowing_signed_at is not null)),
      unique (created_by_user_id, client_key)
    );
    create index sharing_agreements_lending_idx on sharing_agreements (lending_enterprise_id);
    create index sharing_agreements_borrowing_idx on sharing_agreements (borrowing_enterprise_id);

    create table sharing_agreement_workers (
      agreement_id bigint not null references sharing_agreements(id),
      resident_id bigint not null references residents(id),
      employment_id bigint not null references employments(id),
      -- 98号文: the worker stays the lending firm's employee; never recast as self-employed.
      relation text not null default 'employee' check (relation = 'employee'),
      consent text not null default 'pending' check (consent in ('pending', 'consented', 'declined')),
      consent_method text check (consent_method in ('app', 'assisted')),
      witness text check (length(witness) <= 40),
      consent_by_user_id bigint references users(id),
      consent_at timestamptz,
      primary key (agreement_id, resident_id),
      check ((consent = 'pending') = (consent_at is null)),
      check (consent_method <> 'assisted' or witness is not null)
    );
    create index sharing_agreement_workers_resident_idx on sharing_agreement_workers (resident_id);

    create table sharing_agreement_events (
      id bigint generated always as identity primary key,
      agreement_id bigint not null references sharing_agreements(id),
      kind text not null,
      resident_id bigint references residents(id),
      actor_user_id bigint not null references users(id),
      note text not null default '',
      at timestamptz not null default now()
    );
    create index sharing_agreement_events_idx on sharing_agreement_events (agreement_id, id);

    create table sharing_pay_months (
      agreement_id bigint not null references sharing_agreements(id),
      resident_id bigint not null references residents(id),
      month date not null check (extract(day from month) = 1),
      hours integer check (hours between 0 and 400),
      received_fen integer check (received_fen >= 0),
      paid_fen integer check (paid_fen >= 0),
      below_cost boolean not null default false,
      updated_at timestamptz not null default now(),
      primary key (agreement_id, resident_id, month),
      foreign key (agreement_id, resident_id) references sharing_agreement_workers(agreement_id, resident_id)
    );
    create index sharing_pay_months_flag_idx on sharing_pay_months (agreement_id) where below_cost;
  `.execute(db);
}
