/**
 * A skill certificate pays more (SPEC §3.6, §3.3): the eligibility rules gain the fact of how many
 * valid certificates a person holds from skill courses (技能培训, level `skill`), kept by the
 * training domain's writes beside the hours and the certificates of every level.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table person_facts
      add column skill_certificates int not null default 0 check (skill_certificates >= 0);
  `.execute(db);
}
