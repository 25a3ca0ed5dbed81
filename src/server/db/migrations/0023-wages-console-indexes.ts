/**
 * The street's wages console lists the latest lines below the wage floor and the
 * lines still disputed. `settlement_lines` was indexed only by worker and day, so
 * both lists read every line in range — the mixed-load benchmark found them the
 * slowest answers of the platform (bench/notes/mixed-load.md). Partial indexes
 * hold only the rows each list wants, newest day first.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index settlement_lines_below_floor_idx on settlement_lines (work_date desc) where below_floor;
    create index settlement_lines_disputed_idx on settlement_lines (work_date desc) where status = 'disputed';
  `.execute(db);
}
