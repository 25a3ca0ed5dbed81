/**
 * Satisfaction (SPEC §3.6): a resident rates what she was given once, 1–5 with a comment — a
 * service, an event, a decision on her application, a training. A rating of 2 or less opens a
 * follow-up: the station's agents (or, for a decision, the community's officers) are told, call her
 * back (the phone shown only by an audited reveal) and close it with a note (ADR 0074).
 */
import { sql } from 'kysely';
import type { z } from 'zod';
import { businessDay } from '../../../shared/dates';
import type { ratingInput, satisfactionQuery } from '../../../shared/schemas/stations';
import type { RatingKind } from '../../../shared/stations/enums';
import type { ActorContext } from '../../context';
import { AppError, notFound } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import { notifyUsers } from '../../platform/notifications';
import { RATING_SUBJECTS } from './ratings.subjects';
import { presentFollowUp, presentRatingSubject } from './ratings.presenter';
import * as repo from './ratings.repository';
import { ratingScope } from './stations.permissions';
import { staffOf } from './stations.repository';

/** Satisfied is 4 or 5; 1 or 2 opens a follow-up (SPEC §3.6). */
export const LOW_SCORE = 2;

async function subjectOf(ctx: ActorContext, kind: RatingKind, id: number, residentId: number) {
  const subject = await RATING_SUBJECTS[kind](ctx.db, id, residentId);
  // Not hers, or no such thing: the same answer.
  if (!subject) throw notFound();
  return subject;
}

/** The subject as the rate page shows it, with her rating if she gave one. */
export async function viewSubject(ctx: ActorContext, residentId: number, kind: RatingKind, id: number) {
  const subject = await subjectOf(ctx, kind, id, residentId);
  const rating = await repo.findRatingOf(ctx.db, kind, id, residentId);
  return presentRatingSubject(kind, id, subject, rating);
}

/** Rates a finished subject of hers, once; a low score opens a follow-up and tells who answers for it. */
export async function rate(
  ctx: ActorContext,
  residentId: number,
  kind: RatingKind,
  id: number,
  input: z.infer<typeof ratingInput>,
) {
  const subject = await subjectOf(ctx, kind, id, residentId);
  if (await repo.findRatingOf(ctx.db, kind, id, residentId)) throw new AppError('ALREADY_RATED');
  if (!subject.finished) throw new AppError('NOT_RATABLE_YET');
  const low = input.score <= LOW_SCORE;
  await ctx.db.transaction().execute(async (trx) => {
    const inserted = await repo.insertRating(trx, {
      subject_kind: kind,
      subject_id: id,
      appointment_id: kind === 'appointment' ? id : null,
      station_id: subject.stationId,
      area_id: subject.areaId,
      resident_id: residentId,
      score: input.score,
      comment: input.comment,
      follow_up_status: low ? 'open' : null,
    });
    // A second tap that raced the first: the unique (kind, id, rater) kept one.
    if (!inserted) throw new AppError('ALREADY_RATED');
    await recordAudit(trx, ctx, {
      action: 'station.rating.given',
      targetType: 'station_rating',
      targetId: inserted.id,
      after: { kind, subjectId: id, score: input.score, followUp: low },
    });
    if (!low) return;
    const row = (await repo.findFollowUp(trx, inserted.id, sql<boolean>`true`))!;
    const recipients =
      subject.stationId !== null
        ? await staffOf(trx, subject.stationId)
        : await repo.officersCovering(trx, subject.areaId);
    await notifyUsers(
      trx,
      recipients.map((u) => u.id),
      {
        kind: 'stations.rating',
        text: {
          template: 'stations.rating.low',
          params: {
            owner: row.station_name ?? row.area_name,
            day: subject.day,
            subject: subject.title,
            score: input.score,
            comment: input.comment || '—',
          },
        },
        link: '/staff/stations/follow-ups',
        dedupeKey: `stations.rating.${inserted.id}`,
      },
    );
  });
  return viewSubject(ctx, residentId, kind, id);
}

// ── follow-ups ──

export async function listFollowUps(ctx: ActorContext, status: 'open' | 'closed' | undefined) {
  const rows = await repo.listFollowUps(ctx.db, ratingScope(ctx.actor), status);
  return { items: rows.map(presentFollowUp) };
}

async function followUpInScope(ctx: ActorContext, id: number) {
  const row = await repo.findFollowUp(ctx.db, id, ratingScope(ctx.actor));
  if (!row) throw notFound();
  return row;
}

/** The resident's phone, to call her back; every reveal is audited. */
export async function revealPhone(ctx: ActorContext, id: number) {
  const row = await followUpInScope(ctx, id);
  await recordAudit(ctx.db, ctx, {
    action: 'resident.reveal',
    targetType: 'resident',
    targetId: row.resident_id,
    after: { fields: ['phone'], reason: 'rating follow-up', ratingId: row.id },
  });
  return { phone: row.resident_phone };
}

/** Closes an open follow-up with what was done (required). */
export async function closeFollowUp(ctx: ActorContext, id: number, note: string) {
  const row = await followUpInScope(ctx, id);
  if (row.follow_up_status !== 'open') throw new AppError('FOLLOW_UP_CLOSED');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.closeFollowUp(trx, id, note, ctx.actor.userId, ctx.now))) throw new AppError('FOLLOW_UP_CLOSED');
    await recordAudit(trx, ctx, {
      action: 'station.follow_up.closed',
      targetType: 'station_rating',
      targetId: id,
      before: { status: 'open' },
      after: { status: 'closed', note },
    });
  });
  return presentFollowUp((await repo.findFollowUp(ctx.db, id, ratingScope(ctx.actor)))!);
}

/** The satisfaction rate per month, station and community, over the ratings the actor reaches. */
export async function satisfaction(ctx: ActorContext, query: z.infer<typeof satisfactionQuery>) {
  const to = query.to ?? businessDay(ctx.now);
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  const rows = await repo.satisfaction(ctx.db, ratingScope(ctx.actor), from, to);
  return {
    items: rows.map((r) => ({
      month: r.month,
      stationId: r.station_id,
      stationName: r.station_name,
      communityId: r.community_id,
      communityName: r.community_name,
      rated: r.rated,
      satisfied: r.satisfied,
      averageScore: r.average_score,
      openFollowUps: r.open_follow_ups,
    })),
  };
}
