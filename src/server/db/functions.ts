/**
 * The database's functions and triggers, one current text per function
 * (ADR 0048). Each lives in its domain as `sql/<function>.sql` (a
 * `create or replace function` and the `create or replace trigger`s that call
 * it) and is listed in that domain's `sql/manifest.ts`. After the migrations,
 * every migrate runs every file, in the order below and in each manifest's
 * order, in the migrations' transaction: the text in the file is the text the
 * database runs. Migrations keep tables, constraints and data changes; they
 * never define a function (functions.test.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type QueryExecutorProvider, sql } from 'kysely';
import { areasSqlFiles } from '../domains/areas/sql/manifest';
import { auditSqlFiles } from '../domains/audit/sql/manifest';
import { benefitsSqlFiles } from '../domains/benefits/sql/manifest';
import { jobsSqlFiles } from '../domains/jobs/sql/manifest';
import { loansSqlFiles } from '../domains/loans/sql/manifest';
import { pieceworkSqlFiles } from '../domains/piecework/sql/manifest';
import { sharingSqlFiles } from '../domains/sharing/sql/manifest';

/**
 * Dependencies first: a language-sql function's body and a trigger's function
 * must exist when they are created (PL/pgSQL bodies are checked at their
 * first call, not here). piecework_close_day calls audit_chain_head; the
 * triggers on residents and enterprises come before the domains that read
 * what they keep.
 */
export const databaseFunctionFiles: readonly URL[] = [
  ...auditSqlFiles,
  ...areasSqlFiles,
  ...benefitsSqlFiles,
  ...jobsSqlFiles,
  ...pieceworkSqlFiles,
  ...loansSqlFiles,
  ...sharingSqlFiles,
];

export function readDatabaseFunction(file: URL): string {
  return readFileSync(fileURLToPath(file), 'utf8');
}

/** Runs every function file on `db`, which is the migrations' transaction. */
export async function applyDatabaseFunctions(
  db: QueryExecutorProvider,
  files: readonly URL[] = databaseFunctionFiles,
): Promise<void> {
  for (const file of files) {
    const text = readDatabaseFunction(file);
    try {
      await sql.raw(text).execute(db);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${fileURLToPath(file)}: ${reason}`, { cause: error });
    }
  }
}
