/**
 * A person fact for 创业担保贷款 (ADR 0051): whether the person runs a business of
 * their own — registered, being registered, a plan filed at a 创贷驿站, or none —
 * recorded by an officer in resident_facts and kept in person_facts for scans
 * (the recorded-facts trigger, sql/person_facts_from_recorded.sql, copies it).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table resident_facts add column business_stage text
      check (business_stage in ('registered','registering','plan_filed','none'));
    alter table person_facts add column business_stage text;
  `.execute(db);
}
