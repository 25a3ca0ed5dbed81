/**
 * Micro-factories, piece records and daily settlement (SPEC §3.1).
 *
 * Money: piece rates and record amounts are exact integers in 0.0001 yuan
 * (`*_e4`, yuan × 10,000); settlement amounts are integer fen, rounded once
 * per settlement line (ADR 0020). piece_records is the big table: rows are
 * narrow, and a per-day rollup (piece_day_totals) kept by every write lets a
 * day be settled without reading the records again (ADR 0021).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- 闲置场地: rooms a community offers for a micro-factory.
    create table venues (
      id bigint generated always as identity primary key,
      area_id bigint not null references areas(id),
      address text not null check (length(address) between 2 and 200),
      area_sqm int not null check (area_sqm between 1 and 100000),
      owner_name text not null check (length(owner_name) between 1 and 40),
      owner_phone text check (owner_phone ~ '^1[3-9][0-9]{9}$'),
      status text not null default 'idle' check (status in ('idle','matched','in_use')),
      created_by_user_id bigint not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index venues_area_idx on venues (area_id);

    create table micro_factories (
      id bigint generated always as identity primary key,
      area_id bigint not null references areas(id),
      -- the operator: an enterprise (its members act for it) or a resident
      enterprise_id bigint references enterprises(id),
      operator_resident_id bigint references residents(id),
      venue_id bigint references venues(id),
      name text not null check (length(name) between 2 and 100),
      industry text not null check (industry in ('bags','garments','food','accessories','cosmetics_packing','electronics','handicraft','other')),
      workstations int not null check (workstations between 1 and 1000),
      opening_hours text not null default '' check (length(opening_hours) <= 60),
      status text not null default 'preparing' check (status in ('preparing','operating','closed')),
      invite_code text not null unique check (invite_code ~ '^[A-Za-z0-9]{8,32}$'),
      verified_at timestamptz,
      verified_by_user_id bigint references users(id),
      created_by_user_id bigint not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((enterprise_id is null) <> (operator_resident_id is null))
    );
    create index micro_factories_area_idx on micro_factories (area_id);
    create index micro_factories_enterprise_idx on micro_factories (enterprise_id);
    create unique index micro_factories_venue_uq on micro_factories (venue_id) where venue_id is not null and status <> 'closed';

    create table factory_products (
      id bigint generated always as identity primary key,
      factory_id bigint not null references micro_factories(id),
      name text not null check (length(name) between 1 and 60),
      unit text not null check (unit in ('piece','item','dozen','box')),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      unique (factory_id, name)
    );

    -- A rate applies from its date until the next one; a record keeps the rate it was written with.
    create table piece_rates (
      product_id bigint not null references factory_products(id),
      effective_from date not null,
      rate_e4 int not null check (rate_e4 between 1 and 100000000),
      created_by_user_id bigint not null references users(id),
      created_at timestamptz not null default now(),
      primary key (product_id, effective_from)
    );

    create table factory_workers (
      id bigint generated always as identity primary key,
      factory_id bigint not null references micro_factories(id),
      resident_id bigint not null references residents(id),
      joined_on date not null,
      left_on date,
      created_at timestamptz not null default now(),
      unique (factory_id, resident_id)
    );
    create index factory_workers_resident_idx on factory_workers (resident_id);

    -- Check-in, step out, come back, check-out: kept as they happen, never penalised.
    create table presence_events (
      id bigint generated always as identity primary key,
      factory_id bigint not null references micro_factories(id),
      worker_id bigint not null references factory_workers(id),
      work_date date not null,
      kind text not null check (kind in ('check_in','step_out','come_back','check_out')),
      at timestamptz not null,
      client_key uuid not null,
      created_by_user_id bigint not null references users(id),
      unique (factory_id, client_key)
    );
    create index presence_events_worker_idx on presence_events (worker_id, work_date, at);

    -- The day as the events leave it: minutes present so far and where the worker is now.
    create table presence_days (
      worker_id bigint not null references factory_workers(id),
      work_date date not null,
      factory_id bigint not null references micro_factories(id),
      state text not null check (state in ('in','out','done')),
      minutes_present int not null default 0 check (minutes_present >= 0),
      since timestamptz,
      -- day first: settling every factory reads one day's rows; one worker's day is found by both columns
      primary key (work_date, worker_id)
    );
    create index presence_days_factory_idx on presence_days (factory_id, work_date);

    -- Append-only. A correction is a reversing record (negative quantity,
    -- reverses_id). Only state moves: a self-report pending → approved | rejected.
    -- state: 1 approved, 2 pending (self-reported), 3 rejected.
    create table piece_records (
      id bigint generated always as identity primary key,
      factory_id int not null,
      worker_id int not null,
      product_id int not null,
      work_date date not null,
      quantity int not null check (quantity <> 0 and quantity between -100000 and 100000),
      rate_e4 int not null check (rate_e4 > 0),
      state smallint not null check (state in (1,2,3)),
      self_reported boolean not null default false,
      reverses_id bigint,
      client_key uuid not null,
      created_by_user_id int not null,
      created_at timestamptz not null default now(),
      unique (factory_id, client_key)
    );
    create index piece_records_factory_day_idx on piece_records (factory_id, work_date);
    create index piece_records_worker_day_idx on piece_records (worker_id, work_date);
    create unique index piece_records_reverses_uq on piece_records (reverses_id) where reverses_id is not null;
    create index piece_records_pending_idx on piece_records (factory_id) where state = 2;

    -- Approved pieces of an unsettled day, per worker and product, kept by each write.
    create table piece_day_totals (
      factory_id int not null,
      work_date date not null,
      worker_id int not null,
      product_id int not null,
      quantity int not null,
      amount_e4 bigint not null,
      -- day first: one factory's day and every factory's day are both a range of this key
      primary key (work_date, factory_id, worker_id, product_id)
    );
    create index piece_day_totals_worker_idx on piece_day_totals (worker_id, work_date);

    create table settlements (
      id bigint generated always as identity primary key,
      factory_id bigint not null references micro_factories(id),
      area_id bigint not null references areas(id),
      work_date date not null,
      status text not null default 'closed' check (status in ('closed','confirmed','paid')),
      total_fen bigint not null,
      worker_count int not null,
      flagged_count int not null default 0,
      confirmed_at timestamptz,
      confirmed_by_user_id bigint references users(id),
      paid_at timestamptz,
      paid_by_user_id bigint references users(id),
      pay_method text check (pay_method in ('cash','wechat','bank')),
      pay_reference text check (length(pay_reference) <= 100),
      created_by_user_id bigint references users(id),
      created_at timestamptz not null default now(),
      unique (work_date, factory_id),
      check ((status = 'paid') = (paid_at is not null and pay_method is not null)),
      check (status = 'closed' or confirmed_at is not null)
    );
    create index settlements_factory_idx on settlements (factory_id, work_date);
    create index settlements_area_idx on settlements (area_id, work_date);
    create index settlements_unpaid_idx on settlements (work_date) where status <> 'paid';

    -- Written only by the set-based settlement, which takes settlement and worker from their
    -- tables; no foreign keys here, as on piece_records: a per-row key check on 20,000 lines
    -- a day costs more than the whole settlement (ADR 0021).
    create table settlement_lines (
      id bigint generated always as identity primary key,
      settlement_id bigint not null,
      factory_id bigint not null,
      worker_id bigint not null,
      work_date date not null,
      -- the day's breakdown by product stays in piece_day_totals, frozen once the day is settled
      quantity int not null,
      day_amount_e4 bigint not null,
      adjustment_e4 bigint not null default 0,
      -- round_half_up((day_amount_e4 + adjustment_e4) / 100): the one rounding of the line
      amount_fen bigint not null,
      minutes_present int,
      floor_fen_per_hour int not null,
      below_floor boolean not null default false,
      status text not null default 'open' check (status in ('open','acknowledged','disputed','resolved')),
      dispute_reason text check (length(dispute_reason) <= 500),
      resolution_note text check (length(resolution_note) <= 500),
      resolved_by_user_id bigint references users(id),
      updated_at timestamptz not null default now(),
      unique (settlement_id, worker_id)
    );
    create index settlement_lines_worker_idx on settlement_lines (worker_id, work_date);

    -- A correction to a settled day: paid in the worker's next settlement at that factory.
    create table piece_adjustments (
      id bigint generated always as identity primary key,
      factory_id int not null,
      worker_id int not null,
      record_id bigint not null unique,
      origin_date date not null,
      amount_e4 bigint not null,
      settlement_id bigint references settlements(id),
      created_at timestamptz not null default now()
    );
    create index piece_adjustments_open_idx on piece_adjustments (factory_id, worker_id) where settlement_id is null;
  `.execute(db);
}
