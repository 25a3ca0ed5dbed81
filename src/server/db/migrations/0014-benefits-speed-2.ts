/**
 * person_facts with its fixed-width columns first (ADR 0036): the area, the
 * label bits and the three dates, then the household registration, then the
 * gender (the fact rules read least). A street-wide scan decodes each row
 * only as far as the last column its rule reads, and a column after a text or
 * a NULL costs a walk over the ones before it; a rule over labels and recorded
 * dates (灵活就业人员社保补贴) no longer steps over two texts for every
 * resident. The rows, the triggers that keep them (migration 0011), the
 * primary key and the foreign key are unchanged; PostgreSQL cannot reorder
 * columns in place, so the table is rebuilt.
 *
 * `audit_chain_head()` (src/server/domains/audit/sql/audit_chain_head.sql): takes the audit chain's lock and returns the last
 * event's hash, read after the lock is granted. A VOLATILE function's queries
 * each take a fresh snapshot, so one INSERT can take the lock and chain onto
 * the latest committed event (platform/audit.ts); a reveal's audit outside any
 * other write is then one statement, not BEGIN, lock, INSERT, COMMIT.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table person_facts_rebuilt (
      resident_id bigint not null,
      area_id bigint not null,
      label_bits int not null,
      birth_date date,
      unemployed_registered_on date,
      youngest_child_birth_date date,
      hukou_area text,
      gender text
    );
    lock table person_facts in exclusive mode;
    insert into person_facts_rebuilt (resident_id, area_id, label_bits, birth_date, unemployed_registered_on, youngest_child_birth_date, hukou_area, gender)
    select resident_id, area_id, label_bits, birth_date, unemployed_registered_on, youngest_child_birth_date, hukou_area, gender
    from person_facts order by resident_id;
    drop table person_facts;
    alter table person_facts_rebuilt rename to person_facts;
    alter table person_facts add constraint person_facts_pkey primary key (resident_id);
    alter table person_facts add constraint person_facts_resident_id_fkey foreign key (resident_id) references residents(id) on delete cascade;
    analyze person_facts;
  `.execute(db);
}
