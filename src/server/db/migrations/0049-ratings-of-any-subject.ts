/**
 * Satisfaction for everything a resident is served by (SPEC §3.6): a rating is of a subject — an
 * appointment, an event she attended, an application decision, a training she completed — named by
 * its kind and id, once per rater. The owner of a subject is the station that gave it (for a decision,
 * no station: the application's community), and `area_id` is where it counts and who follows it up.
 * A low rating's follow-up is closed with a note by whoever called the person back (ADR 0074).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table station_ratings
      add column subject_kind text check (subject_kind in ('appointment','event','benefit_decision','training')),
      add column subject_id bigint,
      add column area_id bigint references areas(id),
      add column follow_up_closed_at timestamptz,
      alter column appointment_id drop not null,
      alter column station_id drop not null;
    update station_ratings r
      set subject_kind = 'appointment', subject_id = r.appointment_id,
          area_id = (select s.area_id from stations s where s.id = r.station_id);
    alter table station_ratings
      alter column subject_kind set not null,
      alter column subject_id set not null,
      alter column area_id set not null,
      add constraint station_ratings_subject_key unique (subject_kind, subject_id, resident_id),
      add constraint station_ratings_appointment_check
        check ((subject_kind = 'appointment') = (appointment_id is not null)),
      -- only a decision has no station: its community follows it up
      add constraint station_ratings_station_check check ((subject_kind = 'benefit_decision') = (station_id is null)),
      add constraint station_ratings_follow_up_closed_check
        check ((follow_up_status = 'closed') = (follow_up_closed_at is not null and follow_up_by_user_id is not null
          and follow_up_note is not null and length(follow_up_note) between 1 and 1000));
    create index station_ratings_area_idx on station_ratings (area_id, created_at);
    create index station_ratings_open_idx on station_ratings (area_id) where follow_up_status = 'open';
  `.execute(db);
}
