-- The owner's close of one factory's day, in one call: null when the actor does not run the
-- factory (the caller answers 404); {"settled": null} when the day was settled before or has
-- nothing to settle; {"settled": <piecework_settle's answer>} otherwise, with the audit event
-- appended in the same transaction. p_audit carries the event's columns and its hashed text in
-- two halves, "head" and "tail", around the settlement's id (auditEventAroundTarget, audit.ts).
create or replace function piecework_close_day(p_factory bigint, p_enterprise_ids bigint[], p_resident bigint, p_day date,
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
