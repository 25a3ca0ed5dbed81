/**
 * A version per topic of settings that app processes keep in memory (ADR 0071): a topic's tables raise it by
 * trigger in the writing transaction (the triggers live with their domain's sql/ files), and a process reloads what
 * it holds when the version it reads has moved. The guarantee loans' rules, dated LPR and stage targets are the
 * first topic.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table settings_versions (
      topic text primary key check (length(topic) between 1 and 40),
      version bigint not null default 1 check (version >= 1)
    );
    insert into settings_versions (topic) values ('loans');
  `.execute(db);
}
