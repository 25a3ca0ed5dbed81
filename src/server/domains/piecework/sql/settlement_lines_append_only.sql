-- settlement_lines (ADR 0047): the figures never change; the status moves as LINE_TRANSITIONS says,
-- each step setting only its own columns and the time. Never deleted or truncated.
create or replace function settlement_lines_append_only() returns trigger language plpgsql as $$
declare
  steps text[];
begin
  if tg_op = 'TRUNCATE' then
    raise exception 'settlement_lines are append-only: never truncated';
  elsif tg_op = 'DELETE' then
    raise exception 'settlement_lines are append-only: line % is never deleted', old.id;
  end if;
  steps := case
    when new.status = old.status then '{}'::text[]
    when old.status = 'open' and new.status = 'acknowledged' then array['status', 'updated_at']
    when old.status = 'open' and new.status = 'disputed' then array['status', 'dispute_reason', 'updated_at']
    when old.status = 'disputed' and new.status = 'resolved' then array['status', 'resolution_note', 'resolved_by_user_id', 'updated_at']
  end;
  if steps is null or (to_jsonb(new) - steps) is distinct from (to_jsonb(old) - steps) then
    raise exception 'settlement_lines are append-only: line % cannot go from % to % or change its figures', old.id, old.status, new.status;
  end if;
  return new;
end $$;

create or replace trigger settlement_lines_no_change before update or delete on settlement_lines
  for each row execute function settlement_lines_append_only();
create or replace trigger settlement_lines_no_truncate before truncate on settlement_lines
  for each statement execute function settlement_lines_append_only();
