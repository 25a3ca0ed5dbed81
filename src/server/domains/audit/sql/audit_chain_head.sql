-- Takes the audit chain's lock and returns the last event's hash, read after the lock is granted
-- (ADR 0039). A VOLATILE function's queries each take a fresh snapshot, so one INSERT can take the
-- lock and chain onto the latest committed event (platform/audit.ts). Its query is planned with
-- sequential scans off, so the plan made on a connection's first call is the backward scan of the
-- primary key whatever the table's size then.
create or replace function audit_chain_head() returns text language plpgsql volatile
  -- measured (ADR 0039): 0.7 ms an event with the index scan, against 1.1 → 4.6 ms as a seq-scan plan aged
  set enable_seqscan = off
  as $$
begin
  -- one writer at a time extends the chain; the lock ends with the transaction
  perform pg_advisory_xact_lock(7340021);
  return coalesce((select hash from audit_events order by id desc limit 1), repeat('0', 64));
end $$;
