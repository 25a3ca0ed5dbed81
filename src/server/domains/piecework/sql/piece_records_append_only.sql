-- piece_records (ADR 0047): never updated but for a self-report's decision (pending → approved |
-- rejected); a correction is a reversing record. Never deleted or truncated; inserts are not checked.
create or replace function piece_records_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    raise exception 'piece_records is append-only: it is never truncated';
  elsif tg_op = 'DELETE' then
    raise exception 'piece_records is append-only: record % is never deleted (a correction is a reversing record)', old.id;
  end if;
  if (to_jsonb(new) - 'state') is distinct from (to_jsonb(old) - 'state')
     or (new.state <> old.state and not (old.state = 2 and new.state in (1, 3))) then
    raise exception 'piece_records is append-only: only a pending record may be approved or rejected (record %)', old.id;
  end if;
  return new;
end $$;

create or replace trigger piece_records_no_change before update or delete on piece_records
  for each row execute function piece_records_append_only();
create or replace trigger piece_records_no_truncate before truncate on piece_records
  for each statement execute function piece_records_append_only();
