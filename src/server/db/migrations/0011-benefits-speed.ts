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
    -- the order of RESIDENT_LABELS (shared/enums.ts); a new label is appended to both
    create function resident_label_bits(labels text[]) returns int language sql immutable strict parallel safe as $$
      select coalesce(bit_or(1 << (array_position(
        array['mother','hard_to_employ','veteran','disabled','graduate','registered_unemployed','older_worker'], l) - 1)), 0)::int
      from unnest(labels) l
    $$;

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
    select r.id, r.area_id, resident_label_bits(r.labels), r.birth_date, r.hukou_area, r.gender, f.unemployed_registered_on, f.youngest_child_birth_date
    from residents r left join resident_facts f on f.resident_id = r.id;

    create function person_facts_from_residents() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        -- a new resident has no recorded facts yet (resident_facts references residents)
        insert into person_facts (resident_id, area_id, label_bits, birth_date, hukou_area, gender)
        select n.id, n.area_id, resident_label_bits(n.labels), n.birth_date, n.hukou_area, n.gender from new_rows n;
      else
        update person_facts p
           set area_id = n.area_id, label_bits = resident_label_bits(n.labels), birth_date = n.birth_date, hukou_area = n.hukou_area, gender = n.gender
          from new_rows n
         where p.resident_id = n.id
           and (p.area_id, p.label_bits, p.birth_date, p.hukou_area, p.gender)
               is distinct from (n.area_id, resident_label_bits(n.labels), n.birth_date, n.hukou_area, n.gender);
        update employments m
           set resident_hard_to_employ = 'hard_to_employ' = any(n.labels)
          from new_rows n
         where m.resident_id = n.id and m.resident_hard_to_employ <> ('hard_to_employ' = any(n.labels));
      end if;
      return null;
    end $$;

    create trigger residents_person_facts_insert after insert on residents referencing new table as new_rows
      for each statement execute function person_facts_from_residents();
    create trigger residents_person_facts_update after update on residents referencing new table as new_rows
      for each statement execute function person_facts_from_residents();

    create function person_facts_from_recorded() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        update person_facts p set unemployed_registered_on = null, youngest_child_birth_date = null
          from old_rows o where p.resident_id = o.resident_id;
      else
        update person_facts p
           set unemployed_registered_on = n.unemployed_registered_on, youngest_child_birth_date = n.youngest_child_birth_date
          from new_rows n
         where p.resident_id = n.resident_id
           and (p.unemployed_registered_on, p.youngest_child_birth_date) is distinct from (n.unemployed_registered_on, n.youngest_child_birth_date);
      end if;
      return null;
    end $$;

    create trigger resident_facts_person_facts_insert after insert on resident_facts referencing new table as new_rows
      for each statement execute function person_facts_from_recorded();
    create trigger resident_facts_person_facts_update after update on resident_facts referencing new table as new_rows
      for each statement execute function person_facts_from_recorded();
    create trigger resident_facts_person_facts_delete after delete on resident_facts referencing old table as old_rows
      for each statement execute function person_facts_from_recorded();

    alter table employments add column resident_hard_to_employ boolean not null default false;
    update employments m set resident_hard_to_employ = true
      from residents r where r.id = m.resident_id and 'hard_to_employ' = any(r.labels);

    create function employments_resident_hard_to_employ() returns trigger language plpgsql as $$
    begin
      new.resident_hard_to_employ := coalesce((select 'hard_to_employ' = any(r.labels) from residents r where r.id = new.resident_id), false);
      return new;
    end $$;
    create trigger employments_resident_hard_to_employ before insert or update of resident_id, resident_hard_to_employ on employments
      for each row execute function employments_resident_hard_to_employ();

    -- the few current platform hires of hard-to-employ residents, by enterprise
    create index employments_hard_to_employ_hires_idx on employments (enterprise_id) include (start_date, end_date)
      where source = 'platform' and resident_hard_to_employ;

    analyze person_facts;
    analyze employments;
  `.execute(db);
}
