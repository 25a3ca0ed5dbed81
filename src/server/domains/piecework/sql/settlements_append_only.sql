-- settlements (ADR 0047): the figures never change; the status moves closed → confirmed → paid
-- (SETTLEMENT_TRANSITIONS), each step setting only its own columns. Never deleted or truncated.
create or replace function settlements_append_only() returns trigger language plpgsql as $$
declare
  steps text[];
begin
  if tg_op = 'TRUNCATE' then
    raise exception 'settlements are append-only: never truncated';
  elsif tg_op = 'DELETE' then
    raise exception 'settlements are append-only: settlement % is never deleted', old.id;
  end if;
  steps := case
    when new.status = old.status then '{}'::text[]
    when old.status = 'closed' and new.status = 'confirmed' then array['status', 'confirmed_at', 'confirmed_by_user_id']
    when old.status = 'confirmed' and new.status = 'paid' then array['status', 'paid_at', 'paid_by_user_id', 'pay_method', 'pay_reference']
  end;
  if steps is null or (to_jsonb(new) - steps) is distinct from (to_jsonb(old) - steps) then
    raise exception 'settlements are append-only: settlement % cannot go from % to % or change its figures', old.id, old.status, new.status;
  end if;
  return new;
end $$;

create or replace trigger settlements_no_change before update or delete on settlements
  for each row execute function settlements_append_only();
create or replace trigger settlements_no_truncate before truncate on settlements
  for each statement execute function settlements_append_only();
