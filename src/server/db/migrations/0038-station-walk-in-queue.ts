/**
 * Walk-ins at a station's desk (SPEC §3.6): a resident who comes without a booking takes a queue
 * number for the day; the agent calls the next and serves her. Numbers are drawn from one counter
 * row per station and day, so two desks never hand out the same number.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table station_queue_days (
      station_id bigint not null references stations(id),
      day date not null,
      last_number int not null check (last_number >= 1),
      primary key (station_id, day)
    );

    create table station_queue_tickets (
      id bigint generated always as identity primary key,
      station_id bigint not null references stations(id),
      day date not null,
      number int not null check (number >= 1),
      service text not null
        check (service in ('loan','guidance','training','consulting','job_matching','policy','social_insurance')),
      -- who she is when the agent knows (a registered resident); a walk-in may give only a name
      resident_id bigint references residents(id),
      name text not null check (length(name) between 1 and 40),
      status text not null default 'waiting' check (status in ('waiting','called','served','left')),
      called_at timestamptz,
      called_by_user_id bigint references users(id),
      service_record text check (length(service_record) <= 2000),
      served_at timestamptz,
      created_by_user_id bigint not null references users(id),
      created_at timestamptz not null default now(),
      unique (station_id, day, number),
      check ((status = 'served') = (service_record is not null)),
      check ((status in ('called','served')) = (called_at is not null))
    );
    create index station_queue_tickets_waiting_idx on station_queue_tickets (station_id, day, number)
      where status = 'waiting';
  `.execute(db);
}
