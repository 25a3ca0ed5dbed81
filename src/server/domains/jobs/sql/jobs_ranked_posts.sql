-- A resident's matches in one planned-once statement (ADR 0033, 0034, 0037, 0044): the pool inside
-- the hard limits, scored with the arithmetic of match-score.ts (matching.db.test.ts holds the two
-- together), the best few as [card, red-listed, km, overlap]. The weights and constants are
-- arguments (`p_model`, from match-score.ts), so no weight lives here.
-- model: {"walk","schedule","skills","pay","preference": weights; "detour","kmh": walking;
--         "hour","day","month": hours per pay unit; "radius": straight km per walking minute}
create or replace function jobs_ranked_posts(p_resident bigint, p_today date, p_mother_only boolean,
                                             p_scan int, p_pool int, p_limit int, p_model jsonb)
  returns json language plpgsql stable
  -- One plan per connection, made on the first call (ADR 0034). Left to choose, PL/pgSQL keeps re-planning: the
  -- generic plan's estimate for "limit $n" looks dearer than a custom plan's, though it is the same plan.
  set plan_cache_mode = force_generic_plan
  as $fn$
declare
  me record;
  v_want_hourly float8;
  v_radius_km float8;
  v_h_hour float8 := (p_model->>'hour')::float8;
  v_h_day float8 := (p_model->>'day')::float8;
  v_h_month float8 := (p_model->>'month')::float8;
  v_detour float8 := (p_model->>'detour')::float8;
  v_kmh float8 := (p_model->>'kmh')::float8;
  w_walk float8 := (p_model->>'walk')::float8;
  w_schedule float8 := (p_model->>'schedule')::float8;
  w_skills float8 := (p_model->>'skills')::float8;
  w_pay float8 := (p_model->>'pay')::float8;
  w_preference float8 := (p_model->>'preference')::float8;
begin
  select j.skills, j.job_types, j.min_pay_fen, j.min_pay_unit, j.slot_count, j.school_hours_preset, j.max_walk_minutes,
         j.home_loc, j.slots
    into me
    from job_profiles j
   where j.resident_id = p_resident;
  if not found then
    return json_build_object('me', null, 'posts', null);
  end if;
  -- hourly(minPayFen, minPayUnit) of payPart; null for a piece rate (never compared)
  v_want_hourly := me.min_pay_fen::float8 / case me.min_pay_unit when 'hour' then v_h_hour
                                                                 when 'day' then v_h_day
                                                                 when 'month' then v_h_month end;
  -- radiusKmForMinutes(maxWalkMinutes): the walking limit before rounding
  v_radius_km := me.max_walk_minutes * (p_model->>'radius')::float8;
  return json_build_object(
    'me', json_build_object('skills', me.skills, 'job_types', me.job_types, 'min_pay_fen', me.min_pay_fen,
                            'min_pay_unit', me.min_pay_unit, 'slot_count', me.slot_count,
                            'school_hours_preset', me.school_hours_preset, 'max_walk_minutes', me.max_walk_minutes),
    -- Each post as [its card, red-listed, km, overlap]: RankedPostTuple (jobs.repository.ts).
    'posts', (
      select json_agg(json_build_array(
                        t.card,
                        t.enterprise_id = any (array(select wl.enterprise_id from employer_watchlist wl
                                                      where wl.kind = 'red' and wl.removed_at is null)),
                        t.km, t.overlap) order by t.score desc, t.minutes, t.id)
        from (
          -- scoreMatch's score: its parts (walkPart, schedulePart, skillsPart, payPart, preferencePart), each 0…1,
          -- weighted and summed in the same order, Math.round(x × 10) / 10 (x ≥ 0);
          -- the best p_limit, ordered as the service orders: score, walking minutes, id.
          select n.card, n.enterprise_id, n.km, n.overlap, n.minutes, n.id,
                 floor((((((least(1::float8, greatest(0::float8, 1::float8 - (n.minutes - 1)::float8 / me.max_walk_minutes::float8))) * w_walk
                           + (case when n.flexible or n.slot_count = 0 then 1::float8
                                   when me.slot_count = 0 then 0.5::float8
                                   when n.overlap::float8 / n.slot_count::float8 >= 1 then 1::float8
                                   else least(1::float8, greatest(0::float8, n.overlap::float8 / n.slot_count::float8)) end) * w_schedule)
                          + (case when cardinality(n.skills) = 0 then 1::float8
                                  when n.skills <@ me.skills then 1::float8
                                  when not (n.skills && me.skills) then 0::float8
                                  else (select count(*) from unnest(n.skills) k where k = any(me.skills))::float8
                                       / cardinality(n.skills)::float8 end) * w_skills)
                         + (case when me.min_pay_fen is null or me.min_pay_unit is null then 1::float8
                                 when n.pay_unit = 'piece' or me.min_pay_unit = 'piece' then 0.6::float8
                                 when v_want_hourly = 0 or n.pay_min_fen::float8 / n.hours >= v_want_hourly then 1::float8
                                 when n.pay_max_fen::float8 / n.hours >= v_want_hourly then 0.7::float8
                                 else least(1::float8, greatest(0::float8, ((n.pay_max_fen::float8 / n.hours) / v_want_hourly) * 0.5::float8)) end) * w_pay)
                        + (case when n.mother_status = 'certified' and me.school_hours_preset then least(1::float8, n.type_value + 0.5::float8)
                                else n.type_value end) * w_preference) * 10::float8 + 0.5::float8) / 10::float8 as score
            from (
              -- walkingMinutes, hours per pay unit, the job-type half of preferencePart
              select n.*,
                     greatest(1, ceil(((n.km * v_detour) / v_kmh) * 60::float8))::int as minutes,
                     case n.pay_unit when 'hour' then v_h_hour when 'day' then v_h_day when 'month' then v_h_month end as hours,
                     case when cardinality(me.job_types) = 0 then 0.5::float8
                          when n.type = any(me.job_types) then 1::float8
                          else 0::float8 end as type_value
                from (
                  -- The nearest p_scan open posts (job_posts_nearest_knn), read from their rows, cards included.
                  select p.id, p.enterprise_id, p.type, p.pay_min_fen, p.pay_max_fen, p.pay_unit, p.flexible,
                         p.slot_count, p.skills, p.mother_status, p.card,
                         p.loc <-> me.home_loc as km,
                         bit_count(p.slots & me.slots)::int as overlap
                    from job_posts p
                   where p.status = 'published'
                     and p.valid_until >= p_today
                     and (not p_mother_only or p.mother_status = 'certified')
                   order by p.loc <-> me.home_loc
                   limit p_scan) n
               -- those inside her radius and free time, nearest first (the walk's own order), at most p_pool
               where n.km <= v_radius_km
                 and (n.flexible or me.slot_count = 0 or n.overlap > 0)
               order by n.km
               limit p_pool) n
           -- the hard limit on rounded walking minutes (the radius above is the same limit before rounding)
           where n.minutes <= me.max_walk_minutes
           order by score desc, n.minutes, n.id
           limit p_limit) t));
end
$fn$;
