/**
 * A line that nets negative after corrections is carried to the worker's next
 * settlement, never "paid" as a negative amount (SPEC §3.1, ADR 0052).
 *
 * `piecework_settle()` wrote round(day + corrections) on the line, so a worker
 * whose reversed pieces of a settled day outweighed the day's work got a line
 * of, say, -45.00 yuan in a settlement the owner then "paid". Now such a line
 * pays 0 and its negative net (exact, in 0.0001 yuan) becomes an open
 * correction of that day (`piece_adjustments` with `carried_from_line_id`
 * instead of a record), which the worker's next settlement of a later day
 * claims as it claims any correction. A line's amount is never negative again
 * (a CHECK, not validated against lines written before). The statement itself
 * is src/server/domains/piecework/sql/piecework_settle.sql (ADR 0048).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table piece_adjustments alter column record_id drop not null;
    alter table piece_adjustments add column carried_from_line_id bigint unique;
    alter table piece_adjustments add constraint piece_adjustments_one_source
      check ((record_id is null) <> (carried_from_line_id is null));
    alter table settlement_lines add constraint settlement_lines_amount_not_negative check (amount_fen >= 0) not valid;
  `.execute(db);
}
