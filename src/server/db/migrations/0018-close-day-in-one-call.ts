/**
 * Closing a factory's day is one call to the database (ADR 0042).
 *
 * The settlement statement of ADR 0021 moves, unchanged in what it writes,
 * from the app into `piecework_settle()`; both of its callers use it:
 *
 * - `piecework_close_day()` is the owner's close: it checks that the actor
 *   runs the factory and reads the area's wage floor (the nearest area that
 *   sets one), takes the settlement lock (0021), settles the one factory with
 *   its lines as the answer, and appends the audit event, in one statement
 *   whose transaction commits when it returns. Before, the same steps were
 *   seven round trips (a read, BEGIN, the lock, the statement, the audit
 *   event, COMMIT) and the statement's text was built and sent on each close.
 * - every factory's day (the street-wide close, the seed) calls
 *   `piecework_settle()` inside its own transaction, after the lock, as before.
 *
 * The audit event's hashed text is built by the app (eventBody, canonical
 * JSON) with the settlement's id left out; the function puts the id between
 * the two halves, so the chain check recomputes the same hash (audit.ts).
 */
// Its functions' current text is in src/server/domains/piecework/sql/piecework_settle.sql and piecework_close_day.sql, applied after the migrations (ADR 0048).
export async function up(): Promise<void> {
  // nothing left here: a migration defines no function
}
