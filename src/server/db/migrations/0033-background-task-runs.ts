/**
 * When each background task last ran, across every app process: a process whose
 * timer fires soon after another process ran the task skips its turn, so a task
 * runs once per period however many processes share the database (ADR 0060).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table background_task_runs (
      name text primary key,
      last_started_at timestamptz not null,
      runs bigint not null default 1 check (runs >= 0)
    );
  `.execute(db);
}
