-- The audit log is append-only: the database itself refuses changes (ADR 0001 foundation).
create or replace function audit_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only';
end $$;
create or replace trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_append_only();
create or replace trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function audit_events_append_only();
