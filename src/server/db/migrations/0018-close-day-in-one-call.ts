/**
 * Closing a factory's day is one call to the database (ADR 0042).
 *
 * The settlement statement of ADR 0021 moves, unchanged in what it writes,
 * from the app into `piecework_settle()`; both of its callers use it:
 *
 * - `piecework_close_day()` is the owner's close: it checks that the actor
 *   runs the factory and reads the area's wage floor (the nearest area that
 *   sets one), takes the settlement lock (0021), settles the one factory with
 *   its lines as the answer, and appends the audit event, in one statement
 *   whose transaction commits when it returns. Before, the same steps were
 *   seven round trips (a read, BEGIN, the lock, the statement, the audit
 *   event, COMMIT) and the statement's text was built and sent on each close.
 * - every factory's day (the street-wide close, the seed) calls
 *   `piecework_settle()` inside its own transaction, after the lock, as before.
 *
 * The audit event's hashed text is built by the app (eventBody, canonical
 * JSON) with the settlement's id left out; the function puts the id between
 * the two halves, so the chain check recomputes the same hash (audit.ts).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- The settlement statement (ADR 0021, 0028, 0038): a line per worker from the day's rollup
    -- plus their open adjustments, rounded once (half-up) and judged against the area's wage
    -- floor; a settlement per factory with its totals; the adjustments marked as paid by it.
    -- A factory already settled that day is left as it was (unique factory + day).
    -- With p_lines (one factory), the answer is [settlement, factory name, product names,
    -- lines] as closeFactoryDay reads it (piecework.repository.ts), null when nothing was
    -- settled; without, [[settlement id, factory id], …] of the new settlements.
    create function piecework_settle(p_day date, p_factory_ids int[], p_area_ids bigint[], p_floors int[],
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
      ), adj as (
        select a.factory_id, a.worker_id, sum(a.amount_e4)::bigint as amount_e4
        from piece_adjustments a
        where a.settlement_id is null and a.origin_date < p_day and a.factory_id = any(p_factory_ids)
          and a.factory_id not in (select factory_id from settled)
        group by a.factory_id, a.worker_id
      ), l as (
        select coalesce(day.factory_id, adj.factory_id) as factory_id, coalesce(day.worker_id, adj.worker_id) as worker_id,
               coalesce(day.quantity, 0) as quantity,
               coalesce(day.amount_e4, 0) as day_e4, coalesce(adj.amount_e4, 0) as adj_e4,
               round((coalesce(day.amount_e4, 0) + coalesce(adj.amount_e4, 0))::numeric / 100)::bigint as fen
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
      ), paid_adjustments as (
        update piece_adjustments a set settlement_id = s.id
        from s
        where a.factory_id = s.factory_id and a.settlement_id is null and a.origin_date < p_day
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

    -- The owner's close of one factory's day, in one call: null when the actor does not run the
    -- factory (the caller answers 404); {"settled": null} when the day was settled before or has
    -- nothing to settle; {"settled": <piecework_settle's answer>} otherwise, with the audit event
    -- appended in the same transaction. p_audit carries the event's columns and its hashed text in
    -- two halves, "head" and "tail", around the settlement's id (auditEventAroundTarget, audit.ts).
    create function piecework_close_day(p_factory bigint, p_enterprise_ids bigint[], p_resident bigint, p_day date,
                                        p_now timestamptz, p_user bigint, p_floor_default int, p_audit jsonb)
      returns json language plpgsql volatile as $fn$
    declare
      v_area bigint;
      v_floor int;
      v_answer json;
      v_id text;
    begin
      -- who may close: a member of the factory's enterprise or its resident operator;
      -- the wage floor: the setting of the nearest area that has one (as resolveAreaSetting), else the default
      select f.area_id,
             coalesce((select (s.value)::int from area_settings s
                         join areas owner on owner.id = s.area_id
                         join areas target on target.path like owner.path || '%'
                        where target.id = f.area_id and s.key = 'min_hourly_wage_fen'
                        order by length(owner.path) desc limit 1), p_floor_default)
        into v_area, v_floor
        from micro_factories f
       where f.id = p_factory and (f.enterprise_id = any(p_enterprise_ids) or f.operator_resident_id = p_resident);
      if not found then
        return null;
      end if;
      -- record writers share the rollup, settling excludes them (ADR 0021)
      lock table piece_day_totals in share mode;
      v_answer := piecework_settle(p_day, array[p_factory::int], array[v_area], array[v_floor], p_user, p_now, true);
      if v_answer is null then
        return json_build_object('settled', null);
      end if;
      -- the new settlement's id, from its key rather than from the answer's text
      select s.id::text into v_id from settlements s where s.work_date = p_day and s.factory_id = p_factory;
      insert into audit_events (at, actor_user_id, actor_role, actor_name, action, target_type, target_id, ip, before, after, prev_hash, hash)
        select (p_audit->>'at')::timestamptz, (p_audit->>'actor_user_id')::bigint, p_audit->>'actor_role', p_audit->>'actor_name',
               p_audit->>'action', p_audit->>'target_type', v_id, p_audit->>'ip', nullif(p_audit->'before', 'null'), nullif(p_audit->'after', 'null'),
               h.head, encode(sha256(convert_to(h.head || chr(10) || (p_audit->>'head') || v_id || (p_audit->>'tail'), 'UTF8')), 'hex')
          from (select audit_chain_head() as head) h;
      return json_build_object('settled', v_answer);
    end
    $fn$;
  `.execute(db);
}
