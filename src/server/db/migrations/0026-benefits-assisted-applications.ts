/**
 * 代办 for policy applications (ADR 0051, following ADR 0026 for jobs): an
 * officer who files an application for a resident records the resident's
 * consent (paper, or spoken before a named witness); the application keeps
 * that consent, and a door visit whose outcome was "现场代办申请" keeps the
 * application it opened.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table benefit_applications add column consent_id bigint references consents(id);
    alter table benefit_visits add column application_id bigint unique references benefit_applications(id);
  `.execute(db);
}
