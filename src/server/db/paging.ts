import { type Expression, type Kysely, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { PREPARED } from './client';
import type { Database } from './types';

/**
 * A page of rows and the total, as two queries on two pooled connections at
 * once: a window count would make PostgreSQL build every matching row to
 * return twenty (measured: 62 ms against 0.1 ms + 9 ms at 50,000 residents).
 */
export async function pageWithTotal<R>(
  rows: Promise<R[]>,
  count: Promise<{ n: number }>,
): Promise<{ rows: R[]; total: number }> {
  const [page, total] = await Promise.all([rows, count]);
  return { rows: page, total: total.n };
}

/**
 * A page of rows and the total in one statement, one round trip and one
 * connection: the page as a JSON array (its order kept) beside the count as a
 * scalar subquery, each planned on its own as with two queries. `prepared`
 * sends it as a prepared statement (ADR 0078): only for a shape whose plan
 * does not depend on its values (a search's does). Only for rows
 * whose columns survive JSON as they are (numbers, text, dates read as text,
 * arrays): a timestamp would come back as text.
 */
export async function pageAndTotalInOne<R>(
  db: Kysely<Database>,
  rows: Expression<R>,
  count: Expression<{ n: number }>,
  prepared: boolean,
): Promise<{ rows: R[]; total: number }> {
  const result = await sql<{
    rows: R[];
    total: number | null;
  }>`select ${jsonArrayFrom(rows)} as rows, ${count} as total ${sql.raw(prepared ? PREPARED : '')}`.execute(db);
  const row = result.rows[0]!;
  return { rows: row.rows, total: row.total ?? 0 };
}
