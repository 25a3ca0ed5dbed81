/**
 * Foundation: areas, accounts and sessions, residents and enterprises, audit.
 * Constraints live here, not only in code. Forward only.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists pg_trgm;

    create table areas (
      id bigint generated always as identity primary key,
      parent_id bigint references areas(id),
      code text not null unique,
      name text not null,
      level text not null check (level in ('district','street','community','compound','place')),
      -- '/1/4/9/': the ids from the root down to this area; scope checks are prefix matches
      path text not null unique,
      lat double precision check (lat between -90 and 90),
      lng double precision check (lng between -180 and 180),
      created_at timestamptz not null default now(),
      check ((parent_id is null) = (level = 'district'))
    );
    create index areas_path_idx on areas (path text_pattern_ops);

    create table stations (
      id bigint generated always as identity primary key,
      area_id bigint not null references areas(id),
      name text not null unique,
      kind text not null check (kind in ('loan_station','service_station','community_point')),
      address text not null
    );

    create table institutions (
      id bigint generated always as identity primary key,
      area_id bigint not null references areas(id),
      name text not null unique,
      kind text not null check (kind in ('guarantee','bank'))
    );

    create table residents (
      id bigint generated always as identity primary key,
      area_id bigint not null references areas(id),
      name text not null check (length(name) between 1 and 40),
      gender text check (gender in ('female','male')),
      birth_date date,
      phone text not null unique check (phone ~ '^1[3-9][0-9]{9}$'),
      id_number_enc bytea,
      id_number_hash bytea unique,
      id_number_masked text,
      hukou_area text,
      labels text[] not null default '{}',
      created_by_user_id bigint,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((id_number_enc is null) = (id_number_hash is null)),
      check (labels <@ array['mother','hard_to_employ','veteran','disabled','graduate','registered_unemployed','older_worker'])
    );
    create index residents_area_idx on residents (area_id, id);
    create index residents_name_trgm_idx on residents using gin (name gin_trgm_ops);

    create table users (
      id bigint generated always as identity primary key,
      kind text not null check (kind in ('resident','staff')),
      role text not null check (role in ('resident','community_officer','street_officer','station_agent','lender','sysadmin','secadmin','auditor')),
      display_name text not null,
      phone text unique,
      username text unique,
      password_hash text,
      resident_id bigint unique references residents(id),
      station_id bigint references stations(id),
      institution_id bigint references institutions(id),
      locale text not null default 'zh-CN' check (locale in ('zh-CN','en')),
      elder_mode boolean not null default false,
      failed_logins int not null default 0,
      locked_until timestamptz,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((kind = 'resident') = (role = 'resident')),
      check (kind <> 'resident' or (phone is not null and resident_id is not null)),
      check (kind <> 'staff' or (username is not null and password_hash is not null)),
      check ((role = 'station_agent') = (station_id is not null)),
      check ((role = 'lender') = (institution_id is not null))
    );
    alter table residents add constraint residents_created_by_fk foreign key (created_by_user_id) references users(id);

    -- The areas a staff user serves; their scope is these subtrees.
    create table user_areas (
      user_id bigint not null references users(id),
      area_id bigint not null references areas(id),
      primary key (user_id, area_id)
    );

    create table enterprises (
      id bigint generated always as identity primary key,
      area_id bigint not null references areas(id),
      name text not null check (length(name) between 2 and 100),
      credit_code text not null unique check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
      type text not null check (type in ('micro_factory','company','individual_business','shop','cooperative')),
      owner_name text not null,
      owner_phone text not null check (owner_phone ~ '^1[3-9][0-9]{9}$'),
      owner_resident_id bigint references residents(id),
      established_on date,
      verified_at timestamptz,
      verified_by_user_id bigint references users(id),
      created_by_user_id bigint references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index enterprises_area_idx on enterprises (area_id, id);
    create index enterprises_name_trgm_idx on enterprises using gin (name gin_trgm_ops);

    -- Phone users who act for an enterprise (an employer is a resident with a row here).
    create table enterprise_members (
      enterprise_id bigint not null references enterprises(id),
      user_id bigint not null references users(id),
      role text not null check (role in ('owner','manager')),
      primary key (enterprise_id, user_id)
    );
    create index enterprise_members_user_idx on enterprise_members (user_id);

    -- PIPL consent ledger: what a resident agreed to, who recorded it and how.
    create table consents (
      id bigint generated always as identity primary key,
      resident_id bigint not null references residents(id),
      purpose text not null,
      scope jsonb not null default '{}',
      method text not null check (method in ('in_app','paper','verbal_witnessed')),
      recorded_by_user_id bigint not null references users(id),
      granted_at timestamptz not null default now(),
      withdrawn_at timestamptz
    );
    create index consents_resident_idx on consents (resident_id);

    create table sessions (
      sid text primary key,
      user_id bigint references users(id),
      data jsonb not null,
      expires_at timestamptz not null,
      created_at timestamptz not null default now()
    );
    create index sessions_expires_idx on sessions (expires_at);
    create index sessions_user_idx on sessions (user_id);

    create table sms_codes (
      id bigint generated always as identity primary key,
      phone text not null,
      code_hash text not null,
      ip text,
      attempts int not null default 0 check (attempts >= 0),
      expires_at timestamptz not null,
      consumed_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index sms_codes_phone_idx on sms_codes (phone, created_at desc);

    create table audit_events (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor_user_id bigint,
      actor_name text,
      actor_role text,
      action text not null,
      target_type text not null,
      target_id text,
      ip text,
      before jsonb,
      after jsonb,
      prev_hash text not null,
      hash text not null unique
    );
    create index audit_events_at_idx on audit_events (at desc);
    create index audit_events_target_idx on audit_events (target_type, target_id);
    create index audit_events_actor_idx on audit_events (actor_user_id, at desc);

    -- The audit log is append-only: the database itself refuses changes
    -- (src/server/domains/audit/sql/audit_events_append_only.sql).
  `.execute(db);
}
