/**
 * Events at the service stations (SPEC §3.6): a 政策宣传推介会 or a 招聘会 with a number of seats,
 * the residents registered for it and those waiting, and, for a job fair, the employers' booths.
 * A seat is held by a registration that is registered, offered (a waitlisted one promoted and
 * waiting for her confirmation) or attended; `taken` counts them and moves by one conditional
 * update, as a slot's `booked` does (ADR 0066).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table station_events (
      id bigint generated always as identity primary key,
      station_id bigint not null references stations(id),
      kind text not null check (kind in ('policy_briefing','job_fair')),
      title text not null check (length(title) between 1 and 80),
      description text not null default '' check (length(description) <= 1000),
      day date not null,
      starts time not null,
      ends time not null,
      capacity int not null check (capacity between 1 and 2000),
      taken int not null default 0,
      -- a job fair's booths for employers; none for a briefing
      booths int check (booths between 1 and 200),
      booths_taken int not null default 0,
      -- hours a promoted resident has to confirm her seat
      confirm_hours int not null default 24 check (confirm_hours between 1 and 72),
      created_by_user_id bigint references users(id),
      created_at timestamptz not null default now(),
      check (ends > starts),
      check (taken between 0 and capacity),
      check ((kind = 'job_fair') = (booths is not null)),
      check (booths_taken between 0 and coalesce(booths, 0))
    );
    create index station_events_day_idx on station_events (day, starts);
    create index station_events_station_idx on station_events (station_id, day);

    create table station_event_registrations (
      id bigint generated always as identity primary key,
      event_id bigint not null references station_events(id),
      resident_id bigint not null references residents(id),
      status text not null check (status in ('registered','waitlisted','offered','cancelled','lapsed','attended')),
      -- six digits she shows at the door
      code text not null check (code ~ '^[0-9]{6}$'),
      client_key uuid not null,
      offered_until timestamptz,
      checked_in_at timestamptz,
      checked_in_by_user_id bigint references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (resident_id, client_key),
      check ((status = 'offered') = (offered_until is not null)),
      check ((status = 'attended') = (checked_in_at is not null))
    );
    -- one live registration per resident and event
    create unique index station_event_registrations_live_idx on station_event_registrations (event_id, resident_id)
      where status in ('registered','waitlisted','offered','attended');
    create unique index station_event_registrations_code_idx on station_event_registrations (event_id, code)
      where status in ('registered','waitlisted','offered');
    -- the waitlist in the order residents joined it
    create index station_event_registrations_waitlist_idx on station_event_registrations (event_id, id)
      where status = 'waitlisted';
    create index station_event_registrations_offers_idx on station_event_registrations (offered_until)
      where status = 'offered';
    create index station_event_registrations_resident_idx on station_event_registrations (resident_id, id desc);

    -- an employer's booth at a job fair
    create table station_event_booths (
      event_id bigint not null references station_events(id),
      enterprise_id bigint not null references enterprises(id),
      registered_by_user_id bigint not null references users(id),
      created_at timestamptz not null default now(),
      primary key (event_id, enterprise_id)
    );
    create index station_event_booths_enterprise_idx on station_event_booths (enterprise_id);
  `.execute(db);
}
