/**
 * Imports of residents and enterprises from Excel (SPEC §3.7): each upload is a job the officer
 * follows by polling, with its progress, its outcome and every bad row's problems (row, column
 * and problem code, put into words in the reader's language). The file itself is never kept.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table import_jobs (
      id bigint generated always as identity primary key,
      kind text not null check (kind in ('residents', 'enterprises')),
      file_name text not null check (length(file_name) between 1 and 200),
      skip_bad boolean not null,
      status text not null check (status in ('checking', 'importing', 'done', 'rejected', 'failed')),
      total_rows int not null default 0 check (total_rows >= 0),
      processed_rows int not null default 0 check (processed_rows >= 0),
      imported int not null default 0 check (imported >= 0),
      unchanged int not null default 0 check (unchanged >= 0),
      skipped int not null default 0 check (skipped >= 0),
      -- [{ row, column, problem }]: column and problem are codes, worded when read
      problems jsonb not null default '[]',
      created_by_user_id bigint not null references users(id),
      client_key uuid not null,
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      unique (created_by_user_id, client_key)
    );
  `.execute(db);
}
