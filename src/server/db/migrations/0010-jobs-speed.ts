/**
 * A resident's matches in one planned-once statement (ADR 0033, 0034).
 *
 * 1. The nearest-posts GiST index carries, besides its keys, every fact the
 *    ranking reads (INCLUDE): the KNN walk over the nearest posts is an
 *    index-only scan and reads no table rows. It replaces job_posts_public_knn
 *    (same keys, same predicate), so every nearest-posts query uses it.
 * 2. jobs_ranked_posts() finds the pool inside the hard limits, scores it with
 *    the arithmetic of match-score.ts, and joins the display fields of only the
 *    best few. It is a function so that its plan is made once per connection
 *    (PL/pgSQL caches it) instead of on every call. The weights and constants
 *    are arguments (`model`, from match-score.ts), so no weight lives here; the
 *    shape of each part does, and an equivalence test holds it to scoreMatch.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index job_posts_match_knn on job_posts using gist (loc, valid_until, mother_status)
      include (id, type, flexible, slot_count, pay_min_fen, pay_max_fen, pay_unit, skills, slots)
      where status = 'published';
    drop index job_posts_public_knn;

    -- model: {"walk","schedule","skills","pay","preference": weights; "detour","kmh": walking;
    --         "hour","day","month": hours per pay unit; "radius": straight km per walking minute}
    create function jobs_ranked_posts(p_resident bigint, p_today date, p_mother_only boolean,
                                      p_scan int, p_pool int, p_limit int, p_model jsonb)
      returns json language plpgsql stable
      -- One plan per connection, made on the first call. Left to choose, PL/pgSQL keeps re-planning: the
      -- generic plan's estimate for "limit $n" looks dearer than a custom plan's, though it is the same plan.
      set plan_cache_mode = force_generic_plan
      as $fn$
    begin
      return (
        with me as (
          select j.skills, j.job_types, j.min_pay_fen, j.min_pay_unit, j.slot_count, j.school_hours_preset, j.max_walk_minutes,
                 j.home_loc, j.slots,
                 j.min_pay_fen::float8 / case j.min_pay_unit when 'hour' then (p_model->>'hour')::float8
                                                             when 'day' then (p_model->>'day')::float8
                                                             when 'month' then (p_model->>'month')::float8 end as want_hourly,
                 (p_model->>'hour')::float8 as h_hour, (p_model->>'day')::float8 as h_day, (p_model->>'month')::float8 as h_month,
                 (p_model->>'detour')::float8 as detour, (p_model->>'kmh')::float8 as kmh, (p_model->>'radius')::float8 as radius,
                 (p_model->>'walk')::float8 as w_walk, (p_model->>'schedule')::float8 as w_schedule, (p_model->>'skills')::float8 as w_skills,
                 (p_model->>'pay')::float8 as w_pay, (p_model->>'preference')::float8 as w_preference
            from job_profiles j
           where j.resident_id = p_resident
        ), n as (
          -- The nearest p_scan open posts (index-only), then those inside her radius and free time, nearest first.
          select n.*
            from me
           cross join lateral (
                 select p.id, p.type, p.pay_min_fen, p.pay_max_fen, p.pay_unit, p.flexible, p.slot_count, p.skills, p.mother_status,
                        p.loc <-> me.home_loc as km,
                        bit_count(p.slots & me.slots)::int as overlap
                   from job_posts p
                  where p.status = 'published'
                    and p.valid_until >= p_today
                    and (not p_mother_only or p.mother_status = 'certified')
                  order by p.loc <-> me.home_loc
                  limit p_scan) n
           where n.km <= me.max_walk_minutes * me.radius
             and (n.flexible or me.slot_count = 0 or n.overlap > 0)
           order by n.km, n.id
           limit p_pool
        ), parts as (
          -- scoreMatch's parts, each 0…1 (walkPart, schedulePart, skillsPart, payPart, preferencePart).
          select n.id, n.km, n.overlap, w.minutes, me.w_walk, me.w_schedule, me.w_skills, me.w_pay, me.w_preference,
                 least(1::float8, greatest(0::float8, 1::float8 - (w.minutes - 1)::float8 / me.max_walk_minutes::float8)) as v_walk,
                 case when n.flexible or n.slot_count = 0 then 1::float8
                      when me.slot_count = 0 then 0.5::float8
                      when n.overlap::float8 / n.slot_count::float8 >= 1 then 1::float8
                      else least(1::float8, greatest(0::float8, n.overlap::float8 / n.slot_count::float8)) end as v_schedule,
                 case when cardinality(n.skills) = 0 then 1::float8
                      when n.skills <@ me.skills then 1::float8
                      when not (n.skills && me.skills) then 0::float8
                      else (select count(*) from unnest(n.skills) k where k = any(me.skills))::float8 / cardinality(n.skills)::float8 end as v_skills,
                 case when me.min_pay_fen is null or me.min_pay_unit is null then 1::float8
                      when n.pay_unit = 'piece' or me.min_pay_unit = 'piece' then 0.6::float8
                      when me.want_hourly = 0 or pay.low >= me.want_hourly then 1::float8
                      when pay.high >= me.want_hourly then 0.7::float8
                      else least(1::float8, greatest(0::float8, (pay.high / me.want_hourly) * 0.5::float8)) end as v_pay,
                 case when n.mother_status = 'certified' and me.school_hours_preset then least(1::float8, pref.type_value + 0.5::float8)
                      else pref.type_value end as v_preference
            from n
           cross join me
           cross join lateral (select greatest(1, ceil(((n.km * me.detour) / me.kmh) * 60::float8))::int as minutes) w
           cross join lateral (
                 select n.pay_min_fen::float8 / u.hours as low, n.pay_max_fen::float8 / u.hours as high
                   from (select case n.pay_unit when 'hour' then me.h_hour when 'day' then me.h_day when 'month' then me.h_month end as hours) u) pay
           cross join lateral (
                 select case when cardinality(me.job_types) = 0 then 0.5::float8
                             when n.type = any(me.job_types) then 1::float8
                             else 0::float8 end as type_value) pref
           -- the hard limit on rounded walking minutes (the radius above is the same limit before rounding)
           where w.minutes <= me.max_walk_minutes
        ), top as (
          -- scoreMatch's score: the weighted sum in the same order, Math.round(x × 10) / 10 (x ≥ 0).
          select s.id, s.km, s.overlap, s.minutes, s.score
            from (select parts.id, parts.km, parts.overlap, parts.minutes,
                         floor((((((v_walk * w_walk) + v_schedule * w_schedule) + v_skills * w_skills) + v_pay * w_pay) + v_preference * w_preference)
                               * 10::float8 + 0.5::float8) / 10::float8 as score
                    from parts) s
           order by s.score desc, s.minutes, s.id
           limit p_limit
        )
        select json_build_object(
                 'me', (select json_build_object('skills', skills, 'job_types', job_types, 'min_pay_fen', min_pay_fen, 'min_pay_unit', min_pay_unit,
                                                 'slot_count', slot_count, 'school_hours_preset', school_hours_preset,
                                                 'max_walk_minutes', max_walk_minutes)
                          from me),
                 -- Each post as an array, in the order of RankedPostTuple (jobs.repository.ts): the keys of 20 objects
                 -- cost PostgreSQL more to write than the values.
                 'posts', (select json_agg(json_build_array(
                                    p.id, p.enterprise_id, e.name, p.area_id, a.name, p.title, p.category, p.type,
                                    p.pay_min_fen, p.pay_max_fen, p.pay_unit, p.flexible, p.windows, p.slot_count, p.skills,
                                    p.mother_status, p.valid_until,
                                    p.enterprise_id = any (array(select wl.enterprise_id from employer_watchlist wl
                                                                  where wl.kind = 'red' and wl.removed_at is null)),
                                    t.km, t.overlap) order by t.score desc, t.minutes, t.id)
                             from top t
                             join job_posts p on p.id = t.id
                             join enterprises e on e.id = p.enterprise_id
                             join areas a on a.id = p.area_id))
      );
    end
    $fn$;
  `.execute(db);
}
