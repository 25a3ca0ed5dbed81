-- employment_day_counts (ADR 0076): hires by the employer's area and the day work started, kept by every
-- write to employments in the writing transaction, so the dashboard's "hires" figure adds up a few rows a
-- day instead of every employment of the period. dashboard/hires-rollup.db.test.ts proves it equal to the
-- employments counted, over random inserts, moves and deletes.
create or replace function employment_day_counts_apply() returns trigger language plpgsql as $fn$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update employment_day_counts set hires = hires - 1
     where area_id = old.area_id and start_date = old.start_date;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into employment_day_counts as c (area_id, start_date, hires) values (new.area_id, new.start_date, 1)
      on conflict (area_id, start_date) do update set hires = c.hires + 1;
  end if;
  return null;
end
$fn$;

create or replace trigger employment_day_counts_insert_delete after insert or delete on employments
  for each row execute function employment_day_counts_apply();
create or replace trigger employment_day_counts_move after update of area_id, start_date on employments
  for each row when (old.area_id is distinct from new.area_id or old.start_date is distinct from new.start_date)
  execute function employment_day_counts_apply();
