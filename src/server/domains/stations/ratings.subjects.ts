/**
 * What a resident may rate, kind by kind: the stations' own subjects (an appointment served, an
 * event attended) and, through their domains' index.ts, a decision on her application and a course
 * she completed. Each answers whether the subject is hers, whether it is finished and who owns it.
 */
import { sql } from 'kysely';
import type { FindRatingSubject } from '../../core/rating-subject';
import type { RatingKind } from '../../../shared/stations/enums';
import { benefitDecisionToRate } from '../benefits';
import { trainingCompletionToRate } from '../training';

const appointmentToRate: FindRatingSubject = async (db, id, residentId) => {
  const row = await db
    .selectFrom('station_appointments as ap')
    .innerJoin('station_slots as sl', 'sl.id', 'ap.slot_id')
    .innerJoin('stations as s', 's.id', 'ap.station_id')
    .select(['s.name', 'ap.status', 'ap.station_id', 's.area_id', sql<string>`to_char(sl.day, 'YYYY-MM-DD')`.as('day')])
    .where('ap.id', '=', id)
    .where('ap.resident_id', '=', residentId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    title: row.name,
    day: row.day,
    finished: row.status === 'served',
    stationId: row.station_id,
    areaId: row.area_id,
  };
};

const eventToRate: FindRatingSubject = async (db, eventId, residentId) => {
  const row = await db
    .selectFrom('station_event_registrations as rg')
    .innerJoin('station_events as ev', 'ev.id', 'rg.event_id')
    .innerJoin('stations as s', 's.id', 'ev.station_id')
    .select([
      'ev.title',
      'rg.status',
      'ev.station_id',
      's.area_id',
      sql<string>`to_char(ev.day, 'YYYY-MM-DD')`.as('day'),
    ])
    .where('rg.event_id', '=', eventId)
    .where('rg.resident_id', '=', residentId)
    .where('rg.status', 'in', ['registered', 'waitlisted', 'offered', 'attended'])
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    title: row.title,
    day: row.day,
    finished: row.status === 'attended',
    stationId: row.station_id,
    areaId: row.area_id,
  };
};

export const RATING_SUBJECTS: Record<RatingKind, FindRatingSubject> = {
  appointment: appointmentToRate,
  event: eventToRate,
  benefit_decision: benefitDecisionToRate,
  training: trainingCompletionToRate,
};
