/**
 * Benefits scans read narrow, maintained facts (ADR 0029, 0030):
 *
 * - `person_facts`: one row per resident with exactly what a person rule reads
 *   (area, date of birth, gender, labels, household registration) and the two
 *   facts an officer records in `resident_facts`. A street-wide scan reads
 *   this table alone: no join to resident_facts, half the pages of the
 *   residents table, and labels as bits (`label_bits`, bit i = the i-th of
 *   RESIDENT_LABELS in shared/enums.ts) so a label test is one AND, not an
 *   array search. Statement-level triggers on residents and resident_facts
 *   keep it equal to its sources in the writer's transaction.
 * - `employments.resident_hard_to_employ`: whether the employed resident
 *   carries the 就业困难人员 label now, so counting an enterprise's
 *   hard-to-employ hires needs no join to a million residents. Set on insert
 *   (and when an employment changes resident), and rewritten when a
 *   resident's labels change.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table person_facts (
      resident_id bigint primary key references residents(id) on delete cascade,
      area_id bigint not null,
      label_bits int not null,
      birth_date date,
      hukou_area text,
      gender text,
      unemployed_registered_on date,
      youngest_child_birth_date date
    );

    insert into person_facts (resident_id, area_id, label_bits, birth_date, hukou_area, gender, unemployed_registered_on, youngest_child_birth_date)
    -- (the label bits as resident_label_bits() computes them, written out: the functions are created after the migrations)
    select r.id, r.area_id,
           (select coalesce(bit_or(1 << (array_position(
              array['mother','hard_to_employ','veteran','disabled','graduate','registered_unemployed','older_worker'], l) - 1)), 0)::int
            from unnest(r.labels) l),
           r.birth_date, r.hukou_area, r.gender, f.unemployed_registered_on, f.youngest_child_birth_date
    from residents r left join resident_facts f on f.resident_id = r.id;

    -- Kept equal to its sources by triggers on residents and resident_facts
    -- (src/server/domains/benefits/sql/person_facts_from_*.sql).

    -- Kept by a trigger on employments (src/server/domains/benefits/sql/employments_resident_hard_to_employ.sql)
    -- and by person_facts_from_residents() when labels change.
    alter table employments add column resident_hard_to_employ boolean not null default false;
    update employments m set resident_hard_to_employ = true
      from residents r where r.id = m.resident_id and 'hard_to_employ' = any(r.labels);

    -- the few current platform hires of hard-to-employ residents, by enterprise
    create index employments_hard_to_employ_hires_idx on employments (enterprise_id) include (start_date, end_date)
      where source = 'platform' and resident_hard_to_employ;

    analyze person_facts;
    analyze employments;
  `.execute(db);
}
