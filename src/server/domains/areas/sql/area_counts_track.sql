-- area_counts: residents and enterprises per area, kept current by statement-level triggers, so an
-- unfiltered list's total is a sum over the areas in scope instead of a count over every row.
-- The triggers' function: each statement's rows per area, as deltas to area_counts_apply.
create or replace function area_counts_track() returns trigger language plpgsql as $$
declare deltas jsonb;
begin
  if tg_op = 'INSERT' then
    select jsonb_agg(jsonb_build_object('area_id', area_id, 'n', n)) into deltas
      from (select area_id, count(*) n from new_rows group by area_id) x;
  elsif tg_op = 'DELETE' then
    select jsonb_agg(jsonb_build_object('area_id', area_id, 'n', -n)) into deltas
      from (select area_id, count(*) n from old_rows group by area_id) x;
  else
    select jsonb_agg(jsonb_build_object('area_id', area_id, 'n', n)) into deltas from (
      select area_id, sum(n) n from (
        select area_id, count(*) n from new_rows group by area_id
        union all
        select area_id, -count(*) from old_rows group by area_id
      ) u group by area_id having sum(n) <> 0
    ) x;
  end if;
  if deltas is not null then perform area_counts_apply(tg_argv[0], deltas); end if;
  return null;
end $$;

create or replace trigger residents_count_insert after insert on residents referencing new table as new_rows
  for each statement execute function area_counts_track('residents');
create or replace trigger residents_count_delete after delete on residents referencing old table as old_rows
  for each statement execute function area_counts_track('residents');
create or replace trigger residents_count_update after update on residents referencing old table as old_rows new table as new_rows
  for each statement execute function area_counts_track('residents');
create or replace trigger enterprises_count_insert after insert on enterprises referencing new table as new_rows
  for each statement execute function area_counts_track('enterprises');
create or replace trigger enterprises_count_delete after delete on enterprises referencing old table as old_rows
  for each statement execute function area_counts_track('enterprises');
create or replace trigger enterprises_count_update after update on enterprises referencing old table as old_rows new table as new_rows
  for each statement execute function area_counts_track('enterprises');
