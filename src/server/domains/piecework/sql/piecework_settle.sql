-- The settlement statement (ADR 0021, 0028, 0038): a line per worker from the day's rollup
-- plus their open adjustments, rounded once (half-up) and judged against the area's wage
-- floor; a settlement per factory with its totals; the adjustments marked as paid by it.
-- A factory already settled that day is left as it was (unique factory + day).
-- With p_lines (one factory), the answer is [settlement, factory name, product names,
-- lines] as closeFactoryDay reads it (piecework.repository.ts), null when nothing was
-- settled; without, [[settlement id, factory id], …] of the new settlements.
-- The open adjustments it pays are claimed as they are read (ADR 0047), so each is paid once.
-- A line that nets negative pays 0 and carries its net, exact, to the worker's next
-- settlement as an open adjustment of its day (ADR 0052). settlement-rule.ts states the
-- same rules; settle-rule.db.test.ts proves the two equal.
create or replace function piecework_settle(p_day date, p_factory_ids int[], p_area_ids bigint[], p_floors int[],
                                             p_user bigint, p_now timestamptz, p_lines boolean)
  returns json language plpgsql volatile as $fn$
declare
  v_answer json;
begin
  -- (Factory ids as int, the type of the rollup's and the adjustments' factory columns: compared
  -- as bigint, every factory's day took ~12 % longer.)
  -- One factory's day is the owner's hot path: one plan per connection, made on the first
  -- close, that does not depend on the day or the factory (ADR 0035). Every factory's day
  -- is planned for its own list of factories.
  perform set_config('plan_cache_mode', case when p_lines then 'force_generic_plan' else 'force_custom_plan' end, true);
  with settled as (
    select factory_id from settlements where work_date = p_day and factory_id = any(p_factory_ids)
  ), day as (
    select t.factory_id, t.worker_id, sum(t.quantity)::int as quantity, sum(t.amount_e4)::bigint as amount_e4,
           -- the breakdown as cells [product, quantity, amount] (ADR 0038), put in product order by the app:
           -- an ORDER BY here sets up a sort for every worker even when the filter leaves nothing to sort,
           -- which cost every factory's day ~50 ms
           json_agg(array[t.product_id, t.quantity, t.amount_e4]) filter (where p_lines) as cells
    from piece_day_totals t
    where t.work_date = p_day and t.factory_id = any(p_factory_ids) and t.factory_id not in (select factory_id from settled)
    group by t.factory_id, t.worker_id
  ), claimed as materialized (
    -- The open adjustments this settlement pays, locked as they are read. A close of another day
    -- of the same factory running at the same moment skips them rather than reading them too; and
    -- one that was paid while this statement waited is no longer open when its row is re-read.
    select a.id, a.factory_id, a.worker_id, a.amount_e4
    from piece_adjustments a
    where a.settlement_id is null and a.origin_date < p_day and a.factory_id = any(p_factory_ids)
      and a.factory_id not in (select factory_id from settled)
    for update of a skip locked
  ), adj as (
    select c.factory_id, c.worker_id, sum(c.amount_e4)::bigint as amount_e4
    from claimed c
    group by c.factory_id, c.worker_id
  ), l as (
    select coalesce(day.factory_id, adj.factory_id) as factory_id, coalesce(day.worker_id, adj.worker_id) as worker_id,
           coalesce(day.quantity, 0) as quantity,
           coalesce(day.amount_e4, 0) as day_e4, coalesce(adj.amount_e4, 0) as adj_e4,
           -- a line that nets negative pays nothing; what it owes goes to the worker's next settlement (ADR 0052)
           round(greatest(coalesce(day.amount_e4, 0) + coalesce(adj.amount_e4, 0), 0)::numeric / 100)::bigint as fen
    from day full join adj on adj.factory_id = day.factory_id and adj.worker_id = day.worker_id
  ), m as (
    select l.*, f.area_id, fl.floor,
           pd.minutes_present + case when pd.state = 'in' and pd.since is not null
                                     then greatest(0, floor(extract(epoch from (p_now - pd.since)) / 60))::int else 0 end as minutes
    from l
    join micro_factories f on f.id = l.factory_id and f.id = any(p_factory_ids)
    join unnest(p_area_ids, p_floors) as fl(area_id, floor) on fl.area_id = f.area_id
    left join presence_days pd on pd.worker_id = l.worker_id and pd.work_date = p_day and pd.factory_id = any(p_factory_ids)
    where l.quantity <> 0 or l.day_e4 <> 0 or l.adj_e4 <> 0
  ), judged as (
    select m.*, coalesce(m.minutes > 0 and m.fen * 60 < m.floor::bigint * m.minutes, false) as below from m
  ), s as (
    insert into settlements (factory_id, area_id, work_date, total_fen, worker_count, flagged_count, created_by_user_id, created_at)
    select factory_id, area_id, p_day, sum(fen), count(*), count(*) filter (where below), p_user, p_now
    from judged group by factory_id, area_id
    on conflict (work_date, factory_id) do nothing
    returning id, factory_id, area_id, status, total_fen, worker_count, flagged_count, created_at
  ), lines as (
    insert into settlement_lines (settlement_id, factory_id, worker_id, work_date, quantity, day_amount_e4, adjustment_e4, amount_fen,
                                  minutes_present, floor_fen_per_hour, below_floor, updated_at)
    select s.id, j.factory_id, j.worker_id, p_day, j.quantity, j.day_e4, j.adj_e4, j.fen, j.minutes, j.floor, j.below, p_now
    from judged j join s on s.factory_id = j.factory_id
    returning id, factory_id, worker_id, quantity, day_amount_e4, adjustment_e4, amount_fen, minutes_present, floor_fen_per_hour,
              below_floor, status, dispute_reason, resolution_note
  ), carried as (
    -- the negative net of a line, as an open correction of its day: the next settlement of a later day pays it
    insert into piece_adjustments (factory_id, worker_id, record_id, carried_from_line_id, origin_date, amount_e4)
    select l.factory_id::int, l.worker_id::int, null, l.id, p_day, l.day_amount_e4 + l.adjustment_e4
    from lines l where l.day_amount_e4 + l.adjustment_e4 < 0
    returning 1
  ), paid_adjustments as (
    -- exactly the adjustments claimed above, of the factories that got a settlement now
    update piece_adjustments a set settlement_id = s.id
    from claimed c join s on s.factory_id = c.factory_id
    where a.id = c.id
    returning 1
  )
  -- Data-modifying CTEs always run to completion, read or not; only the answer asked for is built.
  select case when p_lines then (
           select json_build_array(
                    json_build_array(s.id, s.status, s.area_id, s.total_fen, s.worker_count, s.flagged_count, s.created_at),
                    (select f.name from micro_factories f where f.id = s.factory_id),
                    (select json_object_agg(p.id, p.name) from factory_products p where p.factory_id = s.factory_id),
                    -- each line as an array in the order of SettledLineTuple (piecework.repository.ts), by worker
                    (select json_agg(json_build_array(l.id, l.worker_id, r.name, w.resident_id,
                                                      l.quantity, l.day_amount_e4, l.adjustment_e4, l.amount_fen, l.minutes_present,
                                                      l.floor_fen_per_hour, l.below_floor, l.status, l.dispute_reason, l.resolution_note,
                                                      coalesce(day.cells, '[]'::json)) order by l.worker_id)
                       from lines l
                       left join day on day.factory_id = l.factory_id and day.worker_id = l.worker_id
                       join factory_workers w on w.id = l.worker_id
                       join residents r on r.id = w.resident_id))
             from s)
         else (select json_agg(json_build_array(s.id, s.factory_id)) from s) end
    into v_answer;
  return v_answer;
end
$fn$;
