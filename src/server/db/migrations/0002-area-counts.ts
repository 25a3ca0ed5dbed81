/**
 * Residents and enterprises per area, kept current by statement-level
 * triggers, so an unfiltered list's total is a sum over the areas in scope
 * instead of a count over every row (SPEC: dashboards read rollups, not scans).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table area_counts (
      area_id bigint primary key references areas(id),
      residents int not null default 0 check (residents >= 0),
      enterprises int not null default 0 check (enterprises >= 0)
    );

    -- Rows first, then the arithmetic: a negative delta must never be an inserted row's value.
    create function area_counts_apply(kind text, deltas jsonb) returns void language plpgsql as $$
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

    create function area_counts_track() returns trigger language plpgsql as $$
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

    create trigger residents_count_insert after insert on residents referencing new table as new_rows
      for each statement execute function area_counts_track('residents');
    create trigger residents_count_delete after delete on residents referencing old table as old_rows
      for each statement execute function area_counts_track('residents');
    create trigger residents_count_update after update on residents referencing old table as old_rows new table as new_rows
      for each statement execute function area_counts_track('residents');
    create trigger enterprises_count_insert after insert on enterprises referencing new table as new_rows
      for each statement execute function area_counts_track('enterprises');
    create trigger enterprises_count_delete after delete on enterprises referencing old table as old_rows
      for each statement execute function area_counts_track('enterprises');
    create trigger enterprises_count_update after update on enterprises referencing old table as old_rows new table as new_rows
      for each statement execute function area_counts_track('enterprises');

    insert into area_counts (area_id, residents, enterprises)
    select a.id,
           (select count(*) from residents r where r.area_id = a.id),
           (select count(*) from enterprises e where e.area_id = a.id)
    from areas a;
  `.execute(db);
}
