/**
 * The posts of the street's year (SPEC §1, §3.7): each micro-factory opened earlier in the year
 * recruited its neighbours with a post the day after it opened, and one in three posted again four
 * months later. They are all filled and closed now, so no one's job search meets them; the dashboard's
 * "posts" counts them in the months they were published.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { YEAR_FACTORY_NAMES } from '../piecework';
import { KM_PER_DEGREE_LAT, KM_PER_DEGREE_LNG } from './match-score';

type Trx = Transaction<Database>;

export async function seedJobsYear(trx: Trx, officerId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    with made as (
      insert into job_posts (enterprise_id, area_id, loc, title, category, type, pay_min_fen, pay_max_fen, pay_unit,
        flexible, headcount, skills, requirements, description, valid_until, status, reviewed_by_user_id, reviewed_at,
        created_by_user_id, created_at, updated_at)
      select e.id, e.area_id,
        point(coalesce(a.lng, p.lng) * ${KM_PER_DEGREE_LNG}::float8, coalesce(a.lat, p.lat) * ${KM_PER_DEGREE_LAT}::float8),
        case when w.again then '计件工（扩招）' else '计件工' end || ' · ' || replace(e.name, '微工厂', ''),
        'manufacturing', 'piecework', 10 + e.id % 5 * 5, 30 + e.id % 5 * 5, 'piece', true,
        case when w.again then 2 else 6 end, array['packing'], '家门口上班，时间灵活', '在小区闲置用房里做手工计件，日结。',
        (w.day + 30)::date, 'closed', ${officerId}::bigint, w.day + time '11:00', ${officerId}::bigint,
        (w.day + time '10:00') at time zone 'Asia/Shanghai', (w.day + 30 + time '18:00') at time zone 'Asia/Shanghai'
      from enterprises e join areas a on a.id = e.area_id left join areas p on p.id = a.parent_id
      cross join lateral (
        select (e.established_on + 1)::date as day, false as again
        union all
        select (e.established_on + 121)::date, true where e.id % 3 = 0 and e.established_on + 121 < date '2026-10-31'
      ) w
      where e.type = 'micro_factory' and e.name = any(${YEAR_FACTORY_NAMES()}::text[]) and e.established_on is not null
      returning 1
    )
    select count(*)::int as n from made`.execute(trx);
  return rows[0]!.n;
}
