/**
 * Service stations (SPEC §3.6): the 创贷驿站, the 就享家 乐业服务站 and the community points
 * become places a resident can find — a point on the map, the services offered, the hours of
 * each weekday and the days closed — and bookable: slots per service with a capacity, and the
 * appointments in them. A slot's `booked` count moves only with an appointment taken or given
 * back, by one conditional update (ADR 0058); the CHECK is the last guard against overbooking.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table stations
      add column lat double precision check (lat between -90 and 90),
      add column lng double precision check (lng between -180 and 180),
      add column phone text check (phone ~ '^[0-9-]{7,20}$'),
      add column services text[] not null default '{}'
        check (services <@ array['loan','guidance','training','consulting','job_matching','policy','social_insurance']),
      add column active boolean not null default true;
    create index stations_area_idx on stations (area_id);

    -- Opening hours, Asia/Shanghai wall-clock times; weekday 1 = Monday … 7 = Sunday (ISO).
    -- Two rows on one day are a morning and an afternoon.
    create table station_hours (
      station_id bigint not null references stations(id),
      weekday smallint not null check (weekday between 1 and 7),
      opens time not null,
      closes time not null,
      primary key (station_id, weekday, opens),
      check (closes > opens)
    );

    -- Days a station is shut whatever its weekday says (春节, 国庆 …).
    create table station_closures (
      station_id bigint not null references stations(id),
      day date not null,
      reason text not null check (length(reason) between 1 and 40),
      primary key (station_id, day)
    );

    create table station_slots (
      id bigint generated always as identity primary key,
      station_id bigint not null references stations(id),
      service text not null
        check (service in ('loan','guidance','training','consulting','job_matching','policy','social_insurance')),
      day date not null,
      starts time not null,
      ends time not null,
      capacity int not null check (capacity between 1 and 500),
      booked int not null default 0,
      created_by_user_id bigint references users(id),
      created_at timestamptz not null default now(),
      check (ends > starts),
      check (booked between 0 and capacity),
      unique (station_id, service, day, starts)
    );
    create index station_slots_day_idx on station_slots (station_id, day, starts);

    create table station_appointments (
      id bigint generated always as identity primary key,
      slot_id bigint not null references station_slots(id),
      station_id bigint not null references stations(id),
      resident_id bigint not null references residents(id),
      status text not null default 'booked' check (status in ('booked','cancelled','checked_in','served','no_show')),
      -- six digits the resident shows and the agent types; unique among a station's open bookings
      code text not null check (code ~ '^[0-9]{6}$'),
      purpose text not null default '' check (length(purpose) <= 200),
      client_key uuid not null,
      booked_by_user_id bigint not null references users(id),
      -- booked by an officer or agent for the resident (代办)
      assisted boolean not null default false,
      consent_id bigint references consents(id),
      checked_in_at timestamptz,
      checked_in_by_user_id bigint references users(id),
      service_record text check (length(service_record) <= 2000),
      served_at timestamptz,
      served_by_user_id bigint references users(id),
      closed_at timestamptz,
      created_at timestamptz not null default now(),
      unique (resident_id, client_key),
      -- an appointment booked by someone else (代办) carries the resident's consent
      check (not assisted or consent_id is not null),
      check ((status in ('checked_in','served')) = (checked_in_at is not null)),
      check ((status = 'served') = (service_record is not null))
    );
    -- one live booking per resident per slot
    create unique index station_appointments_live_idx on station_appointments (slot_id, resident_id)
      where status in ('booked','checked_in','served');
    create unique index station_appointments_code_idx on station_appointments (station_id, code) where status = 'booked';
    create index station_appointments_resident_idx on station_appointments (resident_id, id desc);
    create index station_appointments_slot_idx on station_appointments (slot_id);

    -- One rating per appointment, 1–5; a low one opens a follow-up for the station.
    create table station_ratings (
      id bigint generated always as identity primary key,
      appointment_id bigint not null unique references station_appointments(id),
      station_id bigint not null references stations(id),
      resident_id bigint not null references residents(id),
      score smallint not null check (score between 1 and 5),
      comment text not null default '' check (length(comment) <= 500),
      follow_up_status text check (follow_up_status in ('open','closed')),
      follow_up_note text,
      follow_up_by_user_id bigint references users(id),
      created_at timestamptz not null default now(),
      check ((follow_up_status is not null) = (score <= 2))
    );
    create index station_ratings_station_idx on station_ratings (station_id, created_at);
  `.execute(db);
}
