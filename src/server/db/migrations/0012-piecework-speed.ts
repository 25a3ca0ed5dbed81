/**
 * Settlement lines cost less to write (ADR 0035). Every settlement writes its
 * lines set-based, 20,000 a day across the street, and each index and key
 * check is paid on every one of them:
 *
 * - One line per worker and day: a worker belongs to one factory and a
 *   factory settles a day once, so `unique (worker_id, work_date)` says what
 *   `unique (settlement_id, worker_id)` said, and it is also the index a
 *   worker's statement reads. The two indexes become one. A settlement's lines
 *   are found through its factory's workers and its day.
 * - The last foreign key, `resolved_by_user_id → users`, queued a key-check
 *   event for every line though only the rare resolution of a dispute sets it,
 *   always to the signed-in officer or owner; users are closed, never deleted
 *   (ADR 0021: settlement lines carry no foreign keys).
 *
 * And a day's rollup is read from its index alone: the primary key of
 * `piece_day_totals` carries the quantity and amount, so settling reads the
 * day's rows of its factories in key order (factory, worker, product) from the
 * index, already grouped, without visiting the table.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table settlement_lines drop constraint settlement_lines_resolved_by_user_id_fkey`.execute(db);
  await sql`alter table settlement_lines add constraint settlement_lines_worker_day_key unique (worker_id, work_date)`.execute(
    db,
  );
  await sql`alter table settlement_lines drop constraint settlement_lines_settlement_id_worker_id_key`.execute(db);
  await sql`drop index settlement_lines_worker_idx`.execute(db);
  await sql`alter table piece_day_totals drop constraint piece_day_totals_pkey,
    add constraint piece_day_totals_pkey primary key (work_date, factory_id, worker_id, product_id) include (quantity, amount_e4)`.execute(
    db,
  );
}
