/**
 * The audit chain's head is always read from the end of the primary key.
 * `audit_chain_head()` (0014) reads the last event with `order by id desc
 * limit 1`. Its plan is made once per connection, on the first call: made
 * while the table was small (a new database), it was a scan of the whole
 * table, and it stayed one as the table grew, until an automatic ANALYZE
 * replaced it. Measured on the benchmark's fresh database: an audited event
 * cost 1.1, 2.8 and then 4.6 ms (median) as the log grew by 1,000 events at a
 * time, against 0.7 ms once the plan was replaced. The function now plans its
 * query with sequential scans off, so the plan is the backward index scan
 * whatever the table's size when it is made (ADR 0039).
 */
// Its functions' current text is in src/server/domains/audit/sql/audit_chain_head.sql, applied after the migrations (ADR 0048).
export async function up(): Promise<void> {
  // nothing left here: a migration defines no function
}
