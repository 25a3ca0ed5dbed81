/**
 * A worker's days are read from an index alone (ADR 0038). The monthly
 * statement and the worker's history read a worker's rollup rows by day; they
 * sat on as many table pages as rows (about 145 a month, each written on its
 * own day), so each row cost a page visit. The worker index now carries the
 * product, quantity and amount, in product order within a day: the month is a
 * few index pages, already in the order the statement lists them.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index piece_day_totals_worker_cover on piece_day_totals (worker_id, work_date, product_id) include (quantity, amount_e4)`.execute(
    db,
  );
  await sql`drop index piece_day_totals_worker_idx`.execute(db);
}
