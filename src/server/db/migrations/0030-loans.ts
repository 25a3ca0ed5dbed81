/**
 * Guarantee loans (创业担保贷款, SPEC §3.4): the products and rules as settings the district edits (each with its
 * legal basis), the LPR as a dated setting, stage targets in working days, the loans with every transition as an
 * event, their materials, and the repayment schedule with each period's 贴息. Stations and institutions are the
 * registry's (0001); a loan names its station, its guarantee institution and its bank.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table loan_products (
      code text primary key check (code ~ '^[a-z_]{2,30}$'),
      title text not null check (length(title) between 2 and 40),
      applicant_kind text not null check (applicant_kind in ('person','enterprise')),
      max_amount_fen bigint not null check (max_amount_fen > 0),
      max_term_months int not null check (max_term_months between 1 and 120),
      -- the small-enterprise hiring condition, in words and as the share of new hires it asks for
      condition text not null default '',
      min_new_hire_percent int check (min_new_hire_percent between 0 and 100),
      materials jsonb not null default '[]',
      legal_basis text not null check (length(legal_basis) between 1 and 200),
      active boolean not null default true,
      updated_by_user_id bigint references users(id),
      updated_at timestamptz not null default now()
    );

    -- One row: the rate cap, the borrower's share and the years 贴息 runs (demo parameters).
    create table loan_rules (
      id int primary key default 1 check (id = 1),
      rate_cap_spread_bp int not null check (rate_cap_spread_bp between 0 and 1000),
      borrower_spread_bp int not null check (borrower_spread_bp between -1000 and 1000),
      subsidy_years int not null check (subsidy_years between 0 and 10),
      legal_basis text not null,
      updated_by_user_id bigint references users(id),
      updated_at timestamptz not null default now()
    );

    -- The one-year LPR as published by the National Interbank Funding Center, from the day it is in force.
    create table loan_lpr_rates (
      effective_from date primary key,
      rate_bp int not null check (rate_bp between 0 and 2000),
      recorded_by_user_id bigint references users(id),
      recorded_at timestamptz not null default now()
    );

    create table loan_stage_targets (
      stage text primary key check (stage in ('submitted','station_review','street_review','guarantee_review','bank_review','bank_approved')),
      working_days int not null check (working_days between 1 and 60)
    );

    create table loans (
      id bigint generated always as identity primary key,
      product_code text not null references loan_products(code),
      applicant_kind text not null check (applicant_kind in ('person','enterprise')),
      -- the person who applies: the borrower, or the enterprise's legal representative
      resident_id bigint not null references residents(id),
      enterprise_id bigint references enterprises(id),
      area_id bigint not null references areas(id),
      station_id bigint not null references stations(id),
      guarantee_institution_id bigint not null references institutions(id),
      bank_institution_id bigint not null references institutions(id),
      amount_fen bigint not null check (amount_fen > 0),
      term_months int not null check (term_months between 1 and 120),
      purpose text not null check (length(purpose) between 2 and 500),
      jobs_promised int not null check (jobs_promised between 0 and 10000),
      jobs_created int check (jobs_created between 0 and 10000),
      guarantee_mode text not null check (guarantee_mode in ('guarantee_centre','personal_counter','collateral','credit')),
      status text not null check (status in ('draft','submitted','station_review','street_review','guarantee_review',
        'bank_review','bank_approved','repaying','overdue','settled','returned','rejected','withdrawn')),
      stage_entered_at timestamptz not null default now(),
      -- the eligibility the 创业担保贷款 policy gave when it was filed, with its reasons
      eligibility jsonb not null,
      -- consent to share the file with the guarantee institution and the bank, by name
      consent_text text not null check (length(consent_text) between 1 and 1000),
      consented_at timestamptz not null,
      filed_by_user_id bigint not null references users(id),
      assisted boolean not null,
      client_key uuid not null,
      rate_bp int check (rate_bp between 1 and 2000),
      interest_frequency text check (interest_frequency in ('monthly','quarterly')),
      principal_mode text check (principal_mode in ('at_maturity','instalments')),
      disbursed_on date,
      maturity_on date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (filed_by_user_id, client_key),
      -- an enterprise borrows as itself; a person's loan may name the business of theirs it funds
      check (applicant_kind = 'person' or enterprise_id is not null),
      check ((status in ('repaying','overdue','settled')) = (disbursed_on is not null)),
      check (disbursed_on is null or (rate_bp is not null and interest_frequency is not null and maturity_on is not null)),
      check (status not in ('bank_approved','repaying','overdue','settled') or rate_bp is not null)
    );
    create index loans_station_idx on loans (station_id, status);
    create index loans_area_idx on loans (area_id, status);
    create index loans_resident_idx on loans (resident_id);
    create index loans_guarantee_idx on loans (guarantee_institution_id, status);
    create index loans_bank_idx on loans (bank_institution_id, status);
    create index loans_disbursed_idx on loans (disbursed_on) where disbursed_on is not null;
    -- one live application per applicant and product
    create unique index loans_one_open_idx on loans (resident_id, coalesce(enterprise_id, 0))
      where status in ('draft','submitted','station_review','street_review','guarantee_review','bank_review','bank_approved','returned');

    -- Every step of a loan, who took it, when, with what note; written with the status change.
    create table loan_events (
      id bigint generated always as identity primary key,
      loan_id bigint not null references loans(id),
      action text not null,
      from_status text,
      to_status text not null,
      actor_user_id bigint not null references users(id),
      -- a station agent filing or acting for the applicant (代办)
      on_behalf boolean not null default false,
      note text not null default '' check (length(note) <= 1000),
      client_key uuid,
      at timestamptz not null default now(),
      unique (loan_id, client_key)
    );
    create index loan_events_loan_idx on loan_events (loan_id, id);

    create table loan_materials (
      id bigint generated always as identity primary key,
      loan_id bigint not null references loans(id),
      file_id bigint not null unique references files(id),
      material text not null check (length(material) between 1 and 100),
      uploaded_by_user_id bigint not null references users(id),
      at timestamptz not null default now()
    );
    create index loan_materials_idx on loan_materials (loan_id);

    -- The schedule the bank chose, written at disbursement: each period's principal, interest and 贴息 in fen.
    create table loan_schedule_periods (
      loan_id bigint not null references loans(id),
      period_no int not null check (period_no >= 1),
      starts_on date not null,
      due_on date not null check (due_on > starts_on),
      outstanding_fen bigint not null check (outstanding_fen >= 0),
      principal_fen bigint not null check (principal_fen >= 0),
      interest_fen bigint not null check (interest_fen >= 0),
      subsidy_fen bigint not null check (subsidy_fen between 0 and interest_fen),
      primary key (loan_id, period_no)
    );

    insert into loan_products (code, title, applicant_kind, max_amount_fen, max_term_months, condition, min_new_hire_percent, materials, legal_basis) values
      ('person', '个人创业担保贷款', 'person', 30000000, 36, '', null,
        '["身份证","营业执照或创业计划书","贷款申请表"]', '财金〔2020〕21号 第三条（演示参数）'),
      ('partnership', '合伙创业担保贷款', 'enterprise', 400000000, 24, '', null,
        '["合伙协议","营业执照","贷款申请表"]', '财金〔2020〕21号 第三条（演示参数）'),
      ('small_enterprise', '小微企业创业担保贷款', 'enterprise', 400000000, 24,
        '当年新招用符合条件人员达到现有在职职工人数15%（超过100人的企业达到8%），并签订1年以上劳动合同', 15,
        '["营业执照","劳动合同及社保缴费凭证","贷款申请表"]', '财金〔2020〕21号 第四条（演示参数）');
    insert into loan_rules (rate_cap_spread_bp, borrower_spread_bp, subsidy_years, legal_basis) values
      (50, -150, 2, '财金〔2020〕21号 第五条：利率上限LPR+50BP，借款人承担LPR-150BP以内部分，其余财政贴息；展期、逾期不贴息（演示参数）');
    insert into loan_lpr_rates (effective_from, rate_bp) values
      ('2023-08-21', 345), ('2024-02-20', 345), ('2024-07-22', 335), ('2024-10-21', 310), ('2025-05-20', 300);
    insert into loan_stage_targets (stage, working_days) values
      ('submitted', 2), ('station_review', 5), ('street_review', 5), ('guarantee_review', 7), ('bank_review', 10),
      ('bank_approved', 5);
  `.execute(db);
}
