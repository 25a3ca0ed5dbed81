/**
 * An import job's last sign of life (ADR 0077): set whenever its process records progress, so a
 * job whose process died can be told from one still running and marked failed.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table import_jobs add column updated_at timestamptz not null default now();
    update import_jobs set updated_at = coalesce(finished_at, created_at);
    create index import_jobs_running_idx on import_jobs (updated_at) where status in ('checking', 'importing');
  `.execute(db);
}
