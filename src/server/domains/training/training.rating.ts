/**
 * A course a resident completed as something she may rate (SPEC §3.6): her live enrolment,
 * completed, answered for by the course's station.
 */
import { sql } from 'kysely';
import type { FindRatingSubject } from '../../core/rating-subject';

export const trainingCompletionToRate: FindRatingSubject = async (db, courseId, residentId) => {
  const row = await db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_courses as c', 'c.id', 'e.course_id')
    .innerJoin('stations as s', 's.id', 'c.station_id')
    .select([
      'c.name',
      'c.station_id',
      's.area_id',
      'e.completed_at',
      sql<string>`to_char(coalesce(e.completed_at, e.created_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`.as('day'),
    ])
    .where('e.course_id', '=', courseId)
    .where('e.resident_id', '=', residentId)
    .where('e.status', '<>', 'cancelled')
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    title: row.name,
    day: row.day,
    finished: row.completed_at !== null,
    stationId: row.station_id,
    areaId: row.area_id,
  };
};
