/**
 * Rows of money change only by the steps the service makes (ADR 0047), as
 * `audit_events` is append-only (0001): the database itself refuses the rest.
 *
 * - `piece_records`: never updated but for a self-report's decision
 *   (pending → approved | rejected); a correction is a reversing record.
 * - `settlements`: the figures never change; the status moves
 *   closed → confirmed → paid (SETTLEMENT_TRANSITIONS), each step setting
 *   only its own columns (who confirmed, who paid, how, the reference).
 * - `settlement_lines`: the figures never change; the status moves as
 *   LINE_TRANSITIONS says, each step setting only its own columns (the
 *   dispute's reason, the resolution's note and who resolved it) and the time.
 * - `piece_adjustments`: the amount never changes; an open adjustment is paid
 *   once (its settlement set), and stays paid.
 *
 * None of them is ever deleted or truncated. Inserts are not checked (the
 * triggers fire on UPDATE and DELETE only), so writing records and lines, the
 * hot paths, costs the same as before. A route test compares the steps
 * allowed here with the workflow tables in src/shared.
 */
// Its functions' current text is in src/server/domains/piecework/sql/*_append_only.sql, applied after the migrations (ADR 0048).
export async function up(): Promise<void> {
  // nothing left here: a migration defines no function
}
