-- area_counts: residents and enterprises per area, kept current by statement-level triggers, so an
-- unfiltered list's total is a sum over the areas in scope instead of a count over every row.
-- Adds each area's delta ({area_id, n} …) to the column `kind` names.
-- Rows first, then the arithmetic: a negative delta must never be an inserted row's value.
create or replace function area_counts_apply(kind text, deltas jsonb) returns void language plpgsql as $$
begin
  insert into area_counts (area_id)
  select (d->>'area_id')::bigint from jsonb_array_elements(deltas) d
  on conflict (area_id) do nothing;
  update area_counts c
     set residents = c.residents + case when kind = 'residents' then x.n else 0 end,
         enterprises = c.enterprises + case when kind = 'enterprises' then x.n else 0 end
    from (select (d->>'area_id')::bigint area_id, (d->>'n')::int n from jsonb_array_elements(deltas) d) x
   where c.area_id = x.area_id;
end $$;
