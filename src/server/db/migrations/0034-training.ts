/**
 * Training (培训微技能, SPEC §3.6): courses held at a station with a stated completion rule, their
 * sessions, enrolments with a waitlist, attendance by check-in code and the certificates a
 * completed enrolment earns (ADR 0063). A seat is taken or given back only inside the
 * transaction that locks the course, so `enrolled` never exceeds `capacity` (the CHECK is the
 * last guard). person_facts gains the two training facts the eligibility rules read.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table training_courses (
      id bigint generated always as identity primary key,
      area_id bigint not null references areas(id),
      station_id bigint not null references stations(id),
      name text not null check (length(name) between 1 and 60),
      kind text not null check (kind in ('entrepreneurship','childcare','ecommerce_live','sewing','other')),
      level text not null check (level in ('basic','skill')),
      summary text not null default '' check (length(summary) <= 500),
      trainer text not null check (length(trainer) between 1 and 40),
      capacity int not null check (capacity between 1 and 500),
      enrolled int not null default 0,
      min_attendance_pct smallint not null check (min_attendance_pct between 0 and 100),
      assessment_required boolean not null,
      status text not null default 'open' check (status in ('open','closed')),
      created_by_user_id bigint references users(id),
      created_at timestamptz not null default now(),
      check (enrolled between 0 and capacity)
    );
    create index training_courses_area_idx on training_courses (area_id);
    create index training_courses_station_idx on training_courses (station_id);

    create table training_sessions (
      id bigint generated always as identity primary key,
      course_id bigint not null references training_courses(id),
      starts_at timestamptz not null,
      hours smallint not null check (hours between 1 and 8),
      topic text not null check (length(topic) between 1 and 60),
      unique (course_id, starts_at)
    );

    create table training_enrolments (
      id bigint generated always as identity primary key,
      course_id bigint not null references training_courses(id),
      resident_id bigint not null references residents(id),
      status text not null check (status in ('enrolled','waitlisted','cancelled')),
      check_in_code text not null check (check_in_code ~ '^[0-9]{6}$'),
      assessment text check (assessment in ('passed','failed')),
      completed_at timestamptz,
      created_at timestamptz not null default now(),
      promoted_at timestamptz,
      cancelled_at timestamptz,
      check ((status = 'cancelled') = (cancelled_at is not null)),
      check (completed_at is null or status = 'enrolled')
    );
    -- one live enrolment per person and course; a cancelled one may be followed by a new one
    create unique index training_enrolments_live_key on training_enrolments (course_id, resident_id)
      where status <> 'cancelled';
    create unique index training_enrolments_code_key on training_enrolments (course_id, check_in_code)
      where status <> 'cancelled';
    create index training_enrolments_waitlist_idx on training_enrolments (course_id, id) where status = 'waitlisted';
    create index training_enrolments_resident_idx on training_enrolments (resident_id);

    create table training_attendance (
      enrolment_id bigint not null references training_enrolments(id),
      session_id bigint not null references training_sessions(id),
      recorded_by_user_id bigint not null references users(id),
      recorded_at timestamptz not null default now(),
      primary key (enrolment_id, session_id)
    );

    create table training_certificates (
      id bigint generated always as identity primary key,
      enrolment_id bigint not null unique references training_enrolments(id),
      resident_id bigint not null references residents(id),
      course_id bigint not null references training_courses(id),
      serial text not null unique check (serial ~ '^[A-Z2-7]{16}$'),
      hours int not null check (hours >= 0),
      issued_on date not null,
      revoked_at timestamptz,
      revoked_by_user_id bigint references users(id),
      revoke_reason text check (length(revoke_reason) between 1 and 200),
      check ((revoked_at is null) = (revoke_reason is null))
    );
    create index training_certificates_resident_idx on training_certificates (resident_id);

    -- The training facts a person rule reads (benefits, shared/benefits-rules.ts): hours attended in
    -- completed basic courses, and valid certificates. Kept by the training domain's writes.
    alter table person_facts
      add column basic_training_hours int not null default 0 check (basic_training_hours >= 0),
      add column training_certificates int not null default 0 check (training_certificates >= 0);
    -- a completed course (or a revoked certificate) re-evaluates the person, as a hire does an employer
    alter table benefit_suggestions drop constraint benefit_suggestions_trigger_check;
    alter table benefit_suggestions add constraint benefit_suggestions_trigger_check
      check (trigger in ('employment','enterprise','birthday','nightly','training'));
  `.execute(db);
}
