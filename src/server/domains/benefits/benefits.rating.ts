/**
 * A decision on a resident's application as something she may rate (SPEC §3.6): hers, decided
 * (approved, paid or rejected), answered for by the application's community.
 */
import { sql } from 'kysely';
import type { FindRatingSubject } from '../../core/rating-subject';

export const benefitDecisionToRate: FindRatingSubject = async (db, id, residentId) => {
  const row = await db
    .selectFrom('benefit_applications as a')
    .innerJoin('benefit_policies as p', 'p.id', 'a.policy_id')
    .select([
      'p.title',
      'a.status',
      'a.area_id',
      sql<string>`to_char(a.updated_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`.as('day'),
    ])
    .where('a.id', '=', id)
    .where('a.resident_id', '=', residentId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    title: row.title,
    day: row.day,
    finished: ['approved', 'disbursed', 'rejected'].includes(row.status),
    stationId: null,
    areaId: row.area_id,
  };
};
