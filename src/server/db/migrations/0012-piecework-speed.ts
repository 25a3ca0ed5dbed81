/**
 * Settlement lines carry no foreign keys (ADR 0021); the one left,
 * `resolved_by_user_id`, queued a key-check event for every line every
 * settlement writes (20,000 a day across the street), though only the rare
 * resolution of a dispute sets it — always to the signed-in officer or owner,
 * and users are closed, never deleted (ADR 0025).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table settlement_lines drop constraint settlement_lines_resolved_by_user_id_fkey`.execute(db);
}
