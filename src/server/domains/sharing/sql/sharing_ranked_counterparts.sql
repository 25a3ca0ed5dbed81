-- A post's best counterparts (共享用工 matching, ADR 0059, 0072): the open posts of the other kind from other firms
-- whose dates meet, scored with the arithmetic of scoreSharing (sharing-match.ts; sharing-match.db.test.ts holds the
-- two equal), the best p_limit as (id, score, walking minutes), best first: score, the shorter walk, the older post.
-- The weights and walking constants are arguments (p_model, from sharing-match.ts), so none lives here.
-- model: {"skills","dates","distance": weights; "far": minutes beyond which distance gives nothing;
--         "lat","lng": km per degree on the deployment's plane; "detour","kmh": walking}
--
-- Two passes over one query, so that most posts are never read (ADR 0072):
--   1. a probe: at most p_probe posts that have every skill asked for, scored; the p_limit-th best score is a floor
--      (these are real counterparts, so the true p_limit-th best is at least as good);
--   2. only the posts that could still reach the floor: when the floor is above what the dates and the distance
--      alone can give, a post must share a skill (GIN on skills), and when it is above what a partial match can
--      give, it must have every skill; and no post whose dates and distance already keep it under the floor.
-- A post excluded this way scores below the floor, so the best p_limit are the same as scoring every post.
create or replace function sharing_ranked_counterparts(p_post bigint, p_today date, p_limit int, p_probe int,
                                                       p_model jsonb)
  returns table (o_id bigint, o_score float8, o_minutes int) language plpgsql stable
  -- One plan per connection, made on the first call (as jobs_ranked_posts, ADR 0034).
  set plan_cache_mode = force_generic_plan
  as $fn$
declare
  me record;
  r record;
  v_other text;
  v_surplus boolean;
  v_x float8;
  v_y float8;
  v_minutes int[];
  v_far_value float8[];
  v_needed int;
  v_n int;
  v_pass int;
  v_seen int;
  v_floor float8;
  v_skill_floor float8;
  -- which posts a pass reads: 'probe', 'all', 'overlap' (a skill in common), 'contain' (every skill asked for)
  v_mode text;
  k_lat float8 := (p_model->>'lat')::float8;
  k_lng float8 := (p_model->>'lng')::float8;
  v_detour float8 := (p_model->>'detour')::float8;
  v_kmh float8 := (p_model->>'kmh')::float8;
  v_far float8 := (p_model->>'far')::float8;
  w_skills float8 := (p_model->>'skills')::float8;
  w_dates float8 := (p_model->>'dates')::float8;
  w_distance float8 := (p_model->>'distance')::float8;
begin
  select p.kind, p.enterprise_id, p.skills, p.start_date, p.end_date, coalesce(a.lat, 0) as lat, coalesce(a.lng, 0) as lng
    into me
    from sharing_posts p
    join areas a on a.id = p.area_id
   where p.id = p_post;
  if not found then
    return;
  end if;
  v_surplus := me.kind = 'surplus';
  v_other := case when v_surplus then 'shortage' else 'surplus' end;
  -- projectKm: this post's site on the deployment's plane
  v_x := me.lng * k_lng;
  v_y := me.lat * k_lat;
  v_needed := me.end_date - me.start_date + 1;
  v_n := cardinality(me.skills);
  -- walkingMinutes(straightKm) from this site to every place, and the distance part's points, by the place's id
  select array_agg(m.minutes order by m.id),
         array_agg(greatest(0::float8, 1::float8 - (m.minutes - 1)::float8 / v_far) * w_distance order by m.id)
    into v_minutes, v_far_value
    from (select g.id,
                 coalesce(greatest(1::float8,
                                   ceil(((sqrt((a.lng * k_lng - v_x) * (a.lng * k_lng - v_x)
                                               + (a.lat * k_lat - v_y) * (a.lat * k_lat - v_y)) * v_detour) / v_kmh)
                                        * 60::float8))::int, 0) as minutes
            from generate_series(1, (select max(id) from areas)) g(id)
            left join (select a.id, coalesce(a.lat, 0) as lat, coalesce(a.lng, 0) as lng from areas a) a on a.id = g.id) m;
  v_floor := 0;
  v_mode := 'probe';
  for v_pass in 1..2 loop
    v_seen := 0;
    for r in
      with c as materialized (
        select c.id, c.skills, c.area_id, d.days, d.needed
          from (
            -- the probe: posts with every skill asked for (a surplus's skills hold the shortage's)
            (select c.id, c.skills, c.area_id, c.start_date, c.end_date
               from sharing_posts c
              where v_mode = 'probe' and not v_surplus
                and c.kind = 'surplus' and c.closed_at is null and c.skills @> me.skills
                and c.end_date >= p_today and c.end_date >= me.start_date and c.start_date <= me.end_date
                and c.enterprise_id <> me.enterprise_id
              limit p_probe)
            union all
            (select c.id, c.skills, c.area_id, c.start_date, c.end_date
               from sharing_posts c
              where v_mode = 'probe' and v_surplus
                and c.kind = 'shortage' and c.closed_at is null and c.skills <@ me.skills
                and c.end_date >= p_today and c.end_date >= me.start_date and c.start_date <= me.end_date
                and c.enterprise_id <> me.enterprise_id
              limit p_probe)
            union all
            -- every open post of the other kind
            select c.id, c.skills, c.area_id, c.start_date, c.end_date
              from sharing_posts c
             where v_mode = 'all'
               and c.kind = v_other and c.closed_at is null
               and c.end_date >= p_today and c.end_date >= me.start_date and c.start_date <= me.end_date
               and c.enterprise_id <> me.enterprise_id
            union all
            -- a skill in common (every post has at least one skill: a CHECK)
            select c.id, c.skills, c.area_id, c.start_date, c.end_date
              from sharing_posts c
             where v_mode = 'overlap' and not v_surplus
               and c.kind = 'surplus' and c.closed_at is null and c.skills && me.skills
               and c.end_date >= p_today and c.end_date >= me.start_date and c.start_date <= me.end_date
               and c.enterprise_id <> me.enterprise_id
            union all
            select c.id, c.skills, c.area_id, c.start_date, c.end_date
              from sharing_posts c
             where v_mode = 'overlap' and v_surplus
               and c.kind = 'shortage' and c.closed_at is null and c.skills && me.skills
               and c.end_date >= p_today and c.end_date >= me.start_date and c.start_date <= me.end_date
               and c.enterprise_id <> me.enterprise_id
            union all
            -- every skill the shortage asks for
            select c.id, c.skills, c.area_id, c.start_date, c.end_date
              from sharing_posts c
             where v_mode = 'contain' and not v_surplus
               and c.kind = 'surplus' and c.closed_at is null and c.skills @> me.skills
               and c.end_date >= p_today and c.end_date >= me.start_date and c.start_date <= me.end_date
               and c.enterprise_id <> me.enterprise_id
          ) c
          -- overlapDays(surplus, shortage) and the days the shortage needs, overlapDays(shortage, shortage)
          cross join lateral (
            select least(c.end_date, me.end_date) - greatest(c.start_date, me.start_date) + 1 as days,
                   case when v_surplus then c.end_date - c.start_date + 1 else v_needed end as needed) d
         -- full skills, these dates and this distance must still reach the floor
         where w_skills + (d.days::float8 / d.needed::float8) * w_dates + v_far_value[c.area_id] >= v_floor - 0.1::float8
      ), sk as materialized (
        -- the skills part once for each distinct list: the shortage's skills the surplus has, over the shortage's
        select s.skills,
               case when v_surplus then
                      case when cardinality(s.skills) = 0 then 1::float8
                           else (select count(*) from unnest(s.skills) k where k = any (me.skills))::float8
                                / cardinality(s.skills)::float8 end
                    else
                      case when v_n = 0 then 1::float8
                           else (select count(*) from unnest(me.skills::text[]) k where k = any (s.skills))::float8
                                / v_n::float8 end
               end as value
          from (select distinct c.skills from c) s
      ), x as (
        -- scoreSharing's sum, in its order, ×10 for Math.round
        select c.id, v_minutes[c.area_id] as minutes,
               (((sk.value * w_skills) + (c.days::float8 / c.needed::float8) * w_dates) + v_far_value[c.area_id])
                 * 10::float8 as x
          from c
          join sk on sk.skills = c.skills
      )
      -- Math.round(x) / 10: the nearest integer, a half rounded up
      select x.id, (floor(x.x) + case when x.x - floor(x.x) >= 0.5::float8 then 1::float8 else 0::float8 end)
                   / 10::float8 as score,
             x.minutes
        from x
       order by 2 desc, 3, 1
       limit p_limit
    loop
      v_seen := v_seen + 1;
      if v_pass = 1 then
        if v_seen = p_limit then
          v_floor := r.score;
        end if;
      else
        o_id := r.id;
        o_score := r.score;
        o_minutes := r.minutes;
        return next;
      end if;
    end loop;
    -- what a post reaching the floor must have of the skills part
    v_skill_floor := (v_floor - 0.1::float8 - w_dates - w_distance) / w_skills;
    v_mode := case when v_skill_floor <= 0 or v_n = 0 then 'all'
                   when not v_surplus and v_skill_floor > (v_n - 1)::float8 / v_n::float8 then 'contain'
                   else 'overlap' end;
  end loop;
end
$fn$;
