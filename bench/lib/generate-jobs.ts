/**
 * Jobs data at the matching issue's scale (SPEC §3.2; × --scale): 100,000
 * open posts spread over the street's box and its enterprises, and 50,000 job
 * profiles of residents with homes, schedules and walking limits. Generated
 * set-based, once per run: a second benchmark asking for it gets the same rows.
 */
import { sql } from 'kysely';
import { windowsToSlots } from '../../src/shared/job-schedule';
import type { Db } from '../../src/server/db/client';
import { KM_PER_DEGREE_LAT, KM_PER_DEGREE_LNG } from '../../src/server/domains/jobs/match-score';
import type { BenchContext } from './types';

const POSTS = 100_000;
const SEEKERS = 50_000;

const SCHEDULES = [
  windowsToSlots([{ days: [1, 2, 3, 4, 5], from: '08:30', to: '15:30' }]),
  windowsToSlots([{ days: [1, 2, 3, 4, 5, 6], from: '13:00', to: '21:00' }]),
  windowsToSlots([{ days: [1, 2, 3, 4, 5, 6, 7], from: '10:30', to: '14:00' }]),
  windowsToSlots([{ days: [1, 2, 3, 4, 5, 6], from: '18:00', to: '23:00' }]),
  windowsToSlots([{ days: [6, 7], from: '09:00', to: '17:00' }]),
];
const SEEKER_SLOTS = [
  windowsToSlots([{ days: [1, 2, 3, 4, 5], from: '08:30', to: '15:30' }]),
  windowsToSlots([{ days: [1, 2, 3, 4, 5, 6], from: '08:00', to: '18:00' }]),
  '0'.repeat(336),
];

export interface JobsData {
  /** Published posts. */
  posts: number;
  profiles: number;
  /** The street officer named as the posts' creator. */
  owner: { id: number };
  seconds: number;
}

const generated = new WeakMap<Db, Promise<JobsData>>();

export function generateJobs(ctx: BenchContext): Promise<JobsData> {
  let data = generated.get(ctx.db);
  if (!data) {
    data = generate(ctx);
    generated.set(ctx.db, data);
  }
  return data;
}

async function generate(ctx: BenchContext): Promise<JobsData> {
  const db = ctx.db;
  const posts = Math.max(100, Math.round(POSTS * ctx.scaleFactor));
  const seekers = Math.max(50, Math.round(SEEKERS * ctx.scaleFactor));
  const t0 = Date.now();
  ctx.log(
    `  jobs data: generating ${posts.toLocaleString('en')} posts and ${seekers.toLocaleString('en')} job profiles…`,
  );
  const owner = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'wangguiling')
    .executeTakeFirstOrThrow();
  // The street's box, about 15 × 13 km around 珠海街道; everything is published and valid for a month.
  const box = { lat0: 35.9, lat1: 36.02, lng0: 120.12, lng1: 120.28 };
  await sql`
    insert into job_posts (enterprise_id, area_id, loc, title, category, type, pay_min_fen, pay_max_fen, pay_unit, flexible,
                           windows, slots, slot_count, headcount, skills, valid_until, status, mother_status, created_by_user_id, contract, social_insurance)
    select e.id, e.area_id,
           point((${box.lng0} + random() * ${box.lng1 - box.lng0}) * ${KM_PER_DEGREE_LNG}::float8, (${box.lat0} + random() * ${box.lat1 - box.lat0}) * ${KM_PER_DEGREE_LAT}::float8),
           '岗位' || g, (array['manufacturing','catering','retail','services','logistics'])[1 + g % 5],
           (array['full_time','part_time','piecework','hourly','gig'])[1 + g % 5],
           1800 + g % 7 * 100, 2400 + g % 7 * 100, 'hour', g % 4 = 0,
           '[]'::jsonb,
           s.slots, length(replace(s.slots::text, '0', '')), 1 + g % 5,
           array[(array['packing','sewing','serving','cleaning','warehouse'])[1 + g % 5]],
           current_date + 30, 'published', case when g % 10 = 1 then 'certified' else 'none' end, ${owner.id}, g % 10 = 1, g % 10 = 1
      from generate_series(1, ${posts}) g
      cross join lateral (select case when g % 4 = 0 then repeat('0', 336)::bit(336)
                                      when g % 10 = 1 then ${SCHEDULES[0]}::bit(336)
                                      else (${sql.raw(`array[${SCHEDULES.map((s) => `B'${s}'`).join(',')}]`)}::bit(336)[])[1 + g % ${SCHEDULES.length}] end as slots) s
      cross join (select array_agg(id order by id) as ids from enterprises) ents
      join enterprises e on e.id = ents.ids[1 + g % cardinality(ents.ids)]`.execute(db);
  await sql`
    insert into job_profiles (resident_id, skills, job_types, min_pay_fen, min_pay_unit, windows, slots, slot_count, school_hours_preset,
                              home_area_id, home_loc, max_walk_minutes, discoverable, updated_at)
    select r.id, array['packing','sewing'], array['part_time','piecework'], 2000, 'hour', '[]'::jsonb,
           (${sql.raw(`array[${SEEKER_SLOTS.map((s) => `B'${s}'`).join(',')}]`)}::bit(336)[])[1 + r.id % ${SEEKER_SLOTS.length}],
           0, r.id % 3 = 0, r.area_id,
           point((${box.lng0} + random() * ${box.lng1 - box.lng0}) * ${KM_PER_DEGREE_LNG}::float8, (${box.lat0} + random() * ${box.lat1 - box.lat0}) * ${KM_PER_DEGREE_LAT}::float8),
           15 + r.id % 4 * 5, r.id % 5 <> 0, now()
      from residents r
     where not exists (select 1 from job_profiles j where j.resident_id = r.id)
     order by r.id limit ${seekers}`.execute(db);
  await sql`update job_profiles set slot_count = length(replace(slots::text, '0', ''))`.execute(db);
  await sql`vacuum analyze job_posts`.execute(db);
  await sql`vacuum analyze job_profiles`.execute(db);
  const counts = await sql<{
    posts: number;
    profiles: number;
  }>`select (select count(*)::int from job_posts where status = 'published') as posts, (select count(*)::int from job_profiles) as profiles`.execute(
    db,
  );
  const { posts: postCount, profiles: profileCount } = counts.rows[0]!;
  const seconds = (Date.now() - t0) / 1000;
  ctx.log(
    `  jobs data: ${postCount.toLocaleString('en')} open posts, ${profileCount.toLocaleString('en')} profiles in ${seconds.toFixed(1)} s`,
  );
  return { posts: postCount, profiles: profileCount, owner, seconds };
}
