/** Ratings of any subject and the follow-ups of low ones: SQL only. */
import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Db } from '../../db/client';
import type { Database, StationRatingsTable } from '../../db/types';

type Q = Db | Transaction<Database>;
type Kind = StationRatingsTable['subject_kind'];

function ratingSelect(db: Q) {
  return db
    .selectFrom('station_ratings as rt')
    .innerJoin('residents as r', 'r.id', 'rt.resident_id')
    .innerJoin('areas as a', 'a.id', 'rt.area_id')
    .leftJoin('stations as s', 's.id', 'rt.station_id')
    .leftJoin('users as u', 'u.id', 'rt.follow_up_by_user_id')
    .select([
      'rt.id',
      'rt.subject_kind',
      'rt.subject_id',
      'rt.resident_id',
      'r.name as resident_name',
      'r.phone as resident_phone',
      'rt.station_id',
      's.name as station_name',
      'rt.area_id',
      'a.name as area_name',
      'rt.score',
      'rt.comment',
      'rt.created_at',
      'rt.follow_up_status',
      'rt.follow_up_note',
      'rt.follow_up_closed_at',
      'u.display_name as follow_up_by_name',
    ]);
}
export type RatingRow = Awaited<ReturnType<ReturnType<typeof ratingSelect>['execute']>>[number];

export function findRatingOf(db: Q, kind: Kind, subjectId: number, residentId: number) {
  return ratingSelect(db)
    .where('rt.subject_kind', '=', kind)
    .where('rt.subject_id', '=', subjectId)
    .where('rt.resident_id', '=', residentId)
    .executeTakeFirst();
}

/** The resident's scores of some subjects of one kind (a list screen's rate buttons). */
export function scoresOf(db: Q, kind: Kind, subjectIds: readonly number[], residentId: number) {
  if (subjectIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('station_ratings')
    .select(['subject_id', 'score'])
    .where('subject_kind', '=', kind)
    .where('subject_id', 'in', subjectIds)
    .where('resident_id', '=', residentId)
    .execute();
}

/** Inserts the rating, or nothing when this rater has rated the subject already. */
export function insertRating(
  trx: Transaction<Database>,
  values: {
    subject_kind: Kind;
    subject_id: number;
    appointment_id: number | null;
    station_id: number | null;
    area_id: number;
    resident_id: number;
    score: number;
    comment: string;
    follow_up_status: 'open' | null;
  },
) {
  return trx
    .insertInto('station_ratings')
    .values(values)
    .onConflict((oc) => oc.columns(['subject_kind', 'subject_id', 'resident_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** Follow-ups of low ratings the scope admits, open ones first, newest first. */
export function listFollowUps(db: Q, scope: RawBuilder<boolean>, status: 'open' | 'closed' | undefined) {
  let q = ratingSelect(db).where('rt.follow_up_status', 'is not', null).where(scope);
  if (status) q = q.where('rt.follow_up_status', '=', status);
  return q
    .orderBy(sql`rt.follow_up_status = 'open'`, 'desc')
    .orderBy('rt.created_at', 'desc')
    .orderBy('rt.id', 'desc')
    .limit(200)
    .execute();
}

export function findFollowUp(db: Q, id: number, scope: RawBuilder<boolean>) {
  return ratingSelect(db)
    .where('rt.id', '=', id)
    .where('rt.follow_up_status', 'is not', null)
    .where(scope)
    .executeTakeFirst();
}

/** Closes an open follow-up; nothing when it was closed already (by someone else meanwhile). */
export function closeFollowUp(trx: Transaction<Database>, id: number, note: string, userId: number, now: Date) {
  return trx
    .updateTable('station_ratings')
    .set({ follow_up_status: 'closed', follow_up_note: note, follow_up_by_user_id: userId, follow_up_closed_at: now })
    .where('id', '=', id)
    .where('follow_up_status', '=', 'open')
    .returning('id')
    .executeTakeFirst();
}

/** The community officers whose areas cover an area (a decision's follow-up goes to them). */
export function officersCovering(db: Q, areaId: number) {
  return db
    .selectFrom('users as u')
    .select('u.id')
    .where('u.role', '=', 'community_officer')
    .where('u.active', '=', true)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('user_areas as ua')
          .innerJoin('areas as scope', 'scope.id', 'ua.area_id')
          .innerJoin('areas as target', (j) => j.on('target.id', '=', areaId))
          .select('ua.user_id')
          .whereRef('ua.user_id', '=', 'u.id')
          .where(sql<boolean>`target.path like scope.path || '%'`),
      ),
    )
    .orderBy('u.id')
    .execute();
}

/**
 * Ratings per month, station (none for a decision) and community: rated, satisfied (4–5), the average
 * and the follow-ups still open — one grouped query a dashboard can read (SPEC §3.7).
 */
export function satisfaction(db: Q, scope: RawBuilder<boolean>, from: string, to: string) {
  return db
    .selectFrom('station_ratings as rt')
    .leftJoin('stations as s', 's.id', 'rt.station_id')
    .innerJoin('areas as a', 'a.id', 'rt.area_id')
    .leftJoin('areas as c', (j) => j.on('c.level', '=', 'community').on(sql<boolean>`a.path like c.path || '%'`))
    .select([
      sql<string>`to_char(rt.created_at at time zone 'Asia/Shanghai', 'YYYY-MM')`.as('month'),
      's.id as station_id',
      's.name as station_name',
      'c.id as community_id',
      'c.name as community_name',
      sql<number>`count(*)::int`.as('rated'),
      sql<number>`(count(*) filter (where rt.score >= 4))::int`.as('satisfied'),
      sql<number>`round(avg(rt.score), 2)::float8`.as('average_score'),
      sql<number>`(count(*) filter (where rt.follow_up_status = 'open'))::int`.as('open_follow_ups'),
    ])
    .where(scope)
    .where(sql<boolean>`(rt.created_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date`)
    .groupBy(['month', 's.id', 's.name', 'c.id', 'c.name'])
    .orderBy('month', 'desc')
    .orderBy('s.name')
    .execute();
}
