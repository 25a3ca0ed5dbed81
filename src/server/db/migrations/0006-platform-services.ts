/**
 * Platform services the capabilities share (SPEC §4): settings per area, the
 * in-app notification inbox and an SMS outbox delivered with retries, uploaded
 * files, and employment records (a hire, whichever capability made it).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A setting on an area applies to its whole subtree; the nearest ancestor wins.
    create table area_settings (
      area_id bigint not null references areas(id),
      key text not null,
      value jsonb not null,
      updated_by_user_id bigint references users(id),
      updated_at timestamptz not null default now(),
      primary key (area_id, key)
    );

    create table notifications (
      id bigint generated always as identity primary key,
      user_id bigint not null references users(id),
      kind text not null,
      title text not null check (length(title) between 1 and 200),
      body text not null default '',
      link text,
      data jsonb not null default '{}',
      -- the same alert raised twice (a retried job, a resent request) is one notification
      dedupe_key text,
      created_at timestamptz not null default now(),
      read_at timestamptz,
      unique (user_id, dedupe_key)
    );
    create index notifications_user_idx on notifications (user_id, created_at desc, id desc);
    create index notifications_unread_idx on notifications (user_id) where read_at is null;

    create table sms_outbox (
      id bigint generated always as identity primary key,
      phone text not null check (phone ~ '^1[3-9][0-9]{9}$'),
      template text not null,
      params jsonb not null default '{}',
      status text not null default 'pending' check (status in ('pending','sent','failed')),
      attempts int not null default 0 check (attempts >= 0),
      next_attempt_at timestamptz not null default now(),
      last_error text,
      dedupe_key text unique,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    );
    create index sms_outbox_due_idx on sms_outbox (next_attempt_at) where status = 'pending';

    create table files (
      id bigint generated always as identity primary key,
      owner_user_id bigint not null references users(id),
      purpose text not null,
      original_name text not null check (length(original_name) between 1 and 200),
      mime text not null check (mime in ('application/pdf','image/jpeg','image/png')),
      size_bytes int not null check (size_bytes > 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      storage_key text not null unique,
      created_at timestamptz not null default now()
    );
    create index files_owner_idx on files (owner_user_id, created_at desc);

    -- An employment: who works for which employer since when. Jobs creates them
    -- on a hire (source 'platform'); staff may record one found elsewhere.
    create table employments (
      id bigint generated always as identity primary key,
      resident_id bigint not null references residents(id),
      enterprise_id bigint not null references enterprises(id),
      area_id bigint not null references areas(id),
      source text not null check (source in ('platform','recorded')),
      job_post_id bigint,
      application_id bigint,
      title text not null default '',
      start_date date not null,
      end_date date check (end_date is null or end_date >= start_date),
      created_by_user_id bigint not null references users(id),
      created_at timestamptz not null default now()
    );
    create index employments_enterprise_idx on employments (enterprise_id, start_date);
    create index employments_resident_idx on employments (resident_id, start_date);
    create unique index employments_application_uq on employments (application_id) where application_id is not null;
  `.execute(db);
}
