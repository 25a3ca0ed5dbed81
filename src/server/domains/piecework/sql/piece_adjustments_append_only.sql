-- piece_adjustments (ADR 0047): the amount never changes; an open adjustment is paid once (its
-- settlement set), and stays paid. Never deleted or truncated.
create or replace function piece_adjustments_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    raise exception 'piece_adjustments is append-only: never truncated';
  elsif tg_op = 'DELETE' then
    raise exception 'piece_adjustments is append-only: adjustment % is never deleted', old.id;
  end if;
  if (to_jsonb(new) - 'settlement_id') is distinct from (to_jsonb(old) - 'settlement_id')
     or (new.settlement_id is distinct from old.settlement_id and not (old.settlement_id is null and new.settlement_id is not null)) then
    raise exception 'piece_adjustments is append-only: adjustment % is paid once and keeps its amount', old.id;
  end if;
  return new;
end $$;

create or replace trigger piece_adjustments_no_change before update or delete on piece_adjustments
  for each row execute function piece_adjustments_append_only();
create or replace trigger piece_adjustments_no_truncate before truncate on piece_adjustments
  for each statement execute function piece_adjustments_append_only();
