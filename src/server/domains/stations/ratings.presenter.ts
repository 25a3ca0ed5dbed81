/** Ratings and follow-ups → the API's shapes. The resident's phone is masked; a reveal is its own audited call. */
import type { z } from 'zod';
import type { RatingSubject } from '../../core/rating-subject';
import type { FollowUp, ratingSubjectView } from '../../../shared/schemas/stations';
import type { RatingKind } from '../../../shared/stations/enums';
import { maskPhone } from '../../../shared/validators';
import type { RatingRow } from './ratings.repository';

export function presentRatingSubject(
  kind: RatingKind,
  id: number,
  subject: RatingSubject,
  rating: RatingRow | undefined,
): z.infer<typeof ratingSubjectView> {
  return {
    kind,
    id,
    title: subject.title,
    day: subject.day,
    finished: subject.finished,
    rating: rating ? { score: rating.score, comment: rating.comment } : null,
  };
}

export function presentFollowUp(row: RatingRow): FollowUp {
  return {
    id: row.id,
    kind: row.subject_kind,
    subjectId: row.subject_id,
    residentName: row.resident_name,
    residentPhone: maskPhone(row.resident_phone),
    stationId: row.station_id,
    stationName: row.station_name,
    areaName: row.area_name,
    score: row.score,
    comment: row.comment,
    ratedAt: row.created_at.toISOString(),
    status: row.follow_up_status ?? 'open',
    note: row.follow_up_note,
    closedAt: row.follow_up_closed_at?.toISOString() ?? null,
    closedByName: row.follow_up_by_name,
  };
}
