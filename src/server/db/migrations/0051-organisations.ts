/**
 * The street's organisations (扩充微组织, SPEC §3.6): the registry of its 零工驿站, 创业联盟, 家政联盟,
 * volunteer teams and party organisations, each held by an area (the street or one community);
 * their contacts (a phone kept whole, shown masked, revealed with a reason), their members
 * (residents and enterprises, each with a join date and role) and the activities they host.
 * The roster of 就业服务专员: per community the staff serving as employment-service specialists,
 * their duties, and the residents each looks after — one specialist per resident (ADR 0075).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table organisations (
      id bigint generated always as identity primary key,
      area_id bigint not null references areas(id),
      name text not null check (length(name) between 1 and 60),
      kind text not null check (kind in ('gig_station','entrepreneur_alliance','housekeeping_alliance','volunteer_team','party_branch')),
      summary text not null default '' check (length(summary) <= 500),
      public boolean not null default true,
      created_by_user_id bigint references users(id),
      client_key uuid,
      created_at timestamptz not null default now(),
      unique (area_id, name),
      unique (created_by_user_id, client_key)
    );
    create index organisations_area_idx on organisations (area_id);

    create table organisation_contacts (
      id bigint generated always as identity primary key,
      organisation_id bigint not null references organisations(id),
      name text not null check (length(name) between 1 and 40),
      role text not null check (length(role) between 1 and 40),
      phone text not null check (phone ~ '^1[3-9][0-9]{9}$'),
      created_at timestamptz not null default now(),
      unique (organisation_id, phone)
    );

    create table organisation_members (
      id bigint generated always as identity primary key,
      organisation_id bigint not null references organisations(id),
      resident_id bigint references residents(id),
      enterprise_id bigint references enterprises(id),
      role text not null check (length(role) between 1 and 40),
      joined_on date not null,
      added_by_user_id bigint references users(id),
      created_at timestamptz not null default now(),
      check ((resident_id is null) <> (enterprise_id is null))
    );
    create unique index organisation_members_resident_key on organisation_members (organisation_id, resident_id)
      where resident_id is not null;
    create unique index organisation_members_enterprise_key on organisation_members (organisation_id, enterprise_id)
      where enterprise_id is not null;
    create index organisation_members_resident_idx on organisation_members (resident_id);

    create table organisation_activities (
      id bigint generated always as identity primary key,
      organisation_id bigint not null references organisations(id),
      title text not null check (length(title) between 1 and 60),
      held_on date not null,
      place text not null check (length(place) between 1 and 100),
      created_at timestamptz not null default now(),
      unique (organisation_id, held_on, title)
    );

    create table employment_specialists (
      id bigint generated always as identity primary key,
      area_id bigint not null references areas(id),
      user_id bigint not null references users(id),
      duties text not null check (length(duties) between 1 and 300),
      created_at timestamptz not null default now(),
      unique (area_id, user_id)
    );

    create table specialist_assignments (
      resident_id bigint primary key references residents(id),
      specialist_id bigint not null references employment_specialists(id),
      assigned_by_user_id bigint references users(id),
      assigned_at timestamptz not null default now()
    );
    create index specialist_assignments_specialist_idx on specialist_assignments (specialist_id);
  `.execute(db);
}
