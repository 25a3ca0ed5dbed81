/**
 * Jobs and two-way matching (SPEC §3.2). Places are points in kilometres
 * (longitude and latitude projected, ADR 0025) so a GiST index answers
 * "nearest first" with `<->`; weekly schedules are bit(336) half-hour slots
 * so "inside her free time" is one AND. btree_gist lets the nearest-post
 * index carry the expiry date, so expired posts drop out inside the index.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists btree_gist;

    create table job_profiles (
      resident_id bigint primary key references residents(id),
      skills text[] not null default '{}',
      job_types text[] not null default '{}' check (job_types <@ array['full_time','part_time','piecework','hourly','gig','shared']),
      min_pay_fen int check (min_pay_fen >= 0),
      min_pay_unit text check (min_pay_unit in ('month','day','hour','piece')),
      windows jsonb not null default '[]',
      slots bit(336) not null default repeat('0', 336)::bit(336),
      slot_count int not null default 0 check (slot_count between 0 and 336),
      school_hours_preset boolean not null default false,
      home_area_id bigint not null references areas(id),
      home_loc point not null,
      max_walk_minutes int not null default 20 check (max_walk_minutes between 5 and 120),
      discoverable boolean not null default false,
      updated_by_user_id bigint references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((min_pay_fen is null) = (min_pay_unit is null))
    );
    create index job_profiles_discoverable_knn on job_profiles using gist (home_loc) where discoverable;

    create table job_posts (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      area_id bigint not null references areas(id),
      loc point not null,
      title text not null check (length(title) between 2 and 60),
      category text not null check (category in ('manufacturing','catering','retail','services','logistics','care','office','other')),
      type text not null check (type in ('full_time','part_time','piecework','hourly','gig','shared')),
      pay_min_fen int not null check (pay_min_fen >= 0),
      pay_max_fen int not null,
      pay_unit text not null check (pay_unit in ('month','day','hour','piece')),
      flexible boolean not null,
      windows jsonb not null default '[]',
      slots bit(336) not null default repeat('0', 336)::bit(336),
      slot_count int not null default 0 check (slot_count between 0 and 336),
      headcount int not null check (headcount between 1 and 1000),
      skills text[] not null default '{}',
      requirements text not null default '',
      description text not null default '',
      contract boolean not null default false,
      social_insurance boolean not null default false,
      valid_until date not null,
      status text not null check (status in ('pending_review','published','rejected','taken_down','closed')),
      review_note text,
      reviewed_by_user_id bigint references users(id),
      reviewed_at timestamptz,
      mother_status text not null default 'none' check (mother_status in ('none','requested','certified','refused')),
      mother_note text,
      mother_by_user_id bigint references users(id),
      created_by_user_id bigint not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (pay_max_fen >= pay_min_fen),
      check (flexible or slot_count > 0),
      -- a certified 妈妈岗 has declared its contract and social-insurance terms
      check (mother_status <> 'certified' or (contract and social_insurance and not flexible))
    );
    -- Nearest published posts that are still valid, optionally only certified 妈妈岗.
    create index job_posts_public_knn on job_posts using gist (loc, valid_until, mother_status) where status = 'published';
    create index job_posts_enterprise_idx on job_posts (enterprise_id, id desc);
    create index job_posts_review_idx on job_posts (area_id, id) where status = 'pending_review' or mother_status = 'requested';

    create table job_applications (
      id bigint generated always as identity primary key,
      post_id bigint not null references job_posts(id),
      resident_id bigint not null references residents(id),
      enterprise_id bigint not null references enterprises(id),
      -- the resident's home area: an officer's scope for assisted service
      resident_area_id bigint not null references areas(id),
      origin text not null check (origin in ('resident','employer')),
      status text not null check (status in ('applied','viewed','invited','hired','rejected','withdrawn')),
      shared_fields text[] not null default '{}' check (shared_fields <@ array['name','phone','gender','age','skills','availability','community']),
      consent_id bigint references consents(id),
      accepted_at timestamptz,
      invitation jsonb,
      reject_reason text,
      assisted_by_user_id bigint references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (post_id, resident_id),
      -- nothing reaches an employer without the resident's consent
      check ((consent_id is null) = (accepted_at is null)),
      check (origin = 'employer' or consent_id is not null),
      check (status <> 'hired' or accepted_at is not null),
      check (status <> 'invited' or invitation is not null),
      check (status <> 'rejected' or reject_reason is not null)
    );
    create index job_applications_resident_idx on job_applications (resident_id, id desc);
    create index job_applications_post_idx on job_applications (post_id, id desc);

    create table job_application_events (
      id bigint generated always as identity primary key,
      application_id bigint not null references job_applications(id),
      status text not null,
      by_user_id bigint not null references users(id),
      assisted_by_user_id bigint references users(id),
      note text,
      at timestamptz not null default now()
    );
    create index job_application_events_idx on job_application_events (application_id, id);

    create table job_application_messages (
      id bigint generated always as identity primary key,
      application_id bigint not null references job_applications(id),
      side text not null check (side in ('resident','employer')),
      author_user_id bigint not null references users(id),
      assisted_by_user_id bigint references users(id),
      body text not null check (length(body) between 1 and 1000),
      created_at timestamptz not null default now()
    );
    create index job_application_messages_idx on job_application_messages (application_id, id);

    create table job_post_reports (
      id bigint generated always as identity primary key,
      post_id bigint not null references job_posts(id),
      area_id bigint not null references areas(id),
      reporter_user_id bigint not null references users(id),
      reason text not null check (reason in ('fee','false_info','discrimination','unsafe','other')),
      detail text,
      status text not null default 'open' check (status in ('open','upheld','dismissed')),
      handled_by_user_id bigint references users(id),
      handled_note text,
      handled_at timestamptz,
      created_at timestamptz not null default now(),
      unique (post_id, reporter_user_id)
    );
    create index job_post_reports_open_idx on job_post_reports (status, area_id, id desc);

    -- 红名单 / 黑名单 of employers; an entry ends by removal, never by deletion.
    create table employer_watchlist (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      kind text not null check (kind in ('red','black')),
      reason text not null check (length(reason) between 2 and 300),
      created_by_user_id bigint not null references users(id),
      created_at timestamptz not null default now(),
      removed_by_user_id bigint references users(id),
      removed_at timestamptz
    );
    create unique index employer_watchlist_current_uq on employer_watchlist (enterprise_id) where removed_at is null;
  `.execute(db);
}
