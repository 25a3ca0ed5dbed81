/**
 * A correction to a settled day is paid exactly once (ADR 0047).
 *
 * `piecework_settle()` (0018) read the open adjustments of a factory in one
 * CTE and marked them paid in another. Two closes of different days of one
 * factory running at the same moment both read the same open adjustment from
 * their snapshots and both put it on a line; the second one's UPDATE, after
 * waiting for the first, found the row no longer open and changed nothing, so
 * the line kept money that no adjustment row pointed to. The settlement lock of
 * ADR 0021 (SHARE on the rollup) does not separate two closes: SHARE does not
 * conflict with itself.
 *
 * The statement now claims the adjustments it pays as it reads them
 * (`for update skip locked`): another close skips what this one holds, and a
 * row paid while the statement waited is re-read and no longer open. The same
 * claimed rows, and only they, are the ones marked paid. Everything else in the
 * statement is as in 0018.
 */
// Its functions' current text is in src/server/domains/piecework/sql/piecework_settle.sql, applied after the migrations (ADR 0048).
export async function up(): Promise<void> {
  // nothing left here: a migration defines no function
}
