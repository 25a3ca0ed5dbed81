/**
 * Ranked matches both ways (SPEC §3.2 Matching). The database returns the
 * nearest pairs inside the hard limits (for a resident, already ranked and cut
 * to what is shown: ADR 0033); match-score.ts scores and explains them; the
 * best come back with their reasons.
 */
import { audienceFor } from '../../../shared/audience';
import { businessDay } from '../../../shared/dates';
import type { JobMatch, MatchOrder } from '../../../shared/schemas/jobs';
import type { ActorContext } from '../../context';
import { notFound } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import * as repo from './jobs.repository';
import { isMemberOf } from './jobs.permissions';
import { presentPostSummary, shortName } from './jobs.presenter';
import {
  hardLimit,
  MATCH_WEIGHTS,
  presentReasons,
  scoreMatch,
  WALKING,
  type MatchScore,
  type PostFacts,
  type SeekerFacts,
} from './match-score';

/**
 * How many of the nearest posts inside the limits are scored. Walking is the
 * heaviest part, so the best 20 are nearly always among the nearest 60 inside the limits
 * (ADR 0024 discusses the trade against speed).
 */
export const MATCH_POOL = 60;

export function seekerFacts(p: repo.ProfileRow): SeekerFacts {
  return {
    maxWalkMinutes: p.max_walk_minutes,
    slotCount: p.slot_count,
    schoolHoursPreset: p.school_hours_preset,
    windows: p.windows,
    skills: p.skills,
    jobTypes: p.job_types,
    minPayFen: p.min_pay_fen,
    minPayUnit: p.min_pay_unit,
  };
}

export function postFacts(
  p: Pick<
    repo.NearbyPostRow,
    | 'type'
    | 'flexible'
    | 'windows'
    | 'slot_count'
    | 'pay_min_fen'
    | 'pay_max_fen'
    | 'pay_unit'
    | 'skills'
    | 'mother_status'
  >,
): PostFacts {
  return {
    type: p.type,
    flexible: p.flexible,
    slotCount: p.slot_count,
    windows: p.windows,
    payMinFen: p.pay_min_fen,
    payMaxFen: p.pay_max_fen,
    payUnit: p.pay_unit,
    skills: p.skills,
    motherCertified: p.mother_status === 'certified',
  };
}

/**
 * A resident's best posts with reasons, or an empty list until she has a job
 * profile. The database ranks the pool by the score (ADR 0033) and sends only
 * the best `limit`; the reasons are written here, by scoreMatch itself.
 */
export async function matchesFor(ctx: ActorContext, residentId: number, q: { motherOnly: boolean; limit: number }) {
  const today = businessDay(ctx.now);
  const order: MatchOrder = (await repo.findMatchOrder(ctx.db, residentId)) ?? 'score';
  const { me, posts } = await repo.rankedPostsFor(ctx.db, {
    residentId,
    today,
    motherOnly: q.motherOnly,
    pool: MATCH_POOL,
    // By walking time alone: the whole pool (her nearest matches inside her limits), reordered below.
    limit: order === 'walk' ? MATCH_POOL : q.limit,
  });
  if (!me) return { items: [], limits: { maxWalkMinutes: 20, hasWindows: false }, order, weights: MATCH_WEIGHTS };
  // Whether the school run fits needs her free time itself, not only its slots (one more read, for those who keep to school hours).
  const windows = me.school_hours_preset ? (await repo.findProfile(ctx.db, residentId))?.windows : undefined;
  const seeker: SeekerFacts = {
    maxWalkMinutes: me.max_walk_minutes,
    slotCount: me.slot_count,
    schoolHoursPreset: me.school_hours_preset,
    windows,
    skills: me.skills,
    jobTypes: me.job_types,
    minPayFen: me.min_pay_fen,
    minPayUnit: me.min_pay_unit,
  };
  // she reads her own reasons; an officer doing 代办 reads them of her
  const audience = audienceFor(ctx.actor, residentId);
  const scored: { row: repo.NearbyPostRow; m: MatchScore }[] = [];
  for (const row of posts) {
    const post = postFacts(row);
    const pair = { straightKm: row.km, overlapSlots: row.overlap };
    // The database applied the same limits; a pair outside them never reaches a person.
    if (hardLimit(post, seeker, pair)) continue;
    scored.push({ row, m: scoreMatch(post, seeker, pair) });
  }
  if (order === 'walk') scored.sort((a, b) => a.m.walkMinutes - b.m.walkMinutes || a.row.id - b.row.id);
  // Already in this order from the database; sorting the few shown keeps the list and its scores in step.
  else scored.sort((a, b) => b.m.score - a.m.score || a.m.walkMinutes - b.m.walkMinutes || a.row.id - b.row.id);
  const items: JobMatch[] = scored.slice(0, q.limit).map(({ row, m }) => ({
    post: presentPostSummary(row, today),
    score: m.score,
    walkMinutes: m.walkMinutes,
    reasons: presentReasons(m.parts, ctx.actor.locale, audience),
  }));
  return {
    items,
    limits: { maxWalkMinutes: seeker.maxWalkMinutes, hasWindows: seeker.slotCount > 0 },
    order,
    weights: MATCH_WEIGHTS,
  };
}

/** Keeps the resident's choice of order (her job profile's); audited as any write. */
export async function setMatchOrder(ctx: ActorContext, residentId: number, order: MatchOrder) {
  await ctx.db.transaction().execute(async (trx) => {
    const saved = await repo.setMatchOrder(trx, residentId, order);
    if (!saved) throw notFound();
    await recordAudit(trx, ctx, {
      action: 'jobs.match_order.set',
      targetType: 'resident',
      targetId: residentId,
      after: { order },
    });
  });
  return { order };
}

/** The match of one post for a resident, or null when it is outside her limits (or she has no profile). */
export async function matchOfPost(ctx: ActorContext, residentId: number, post: repo.PostRow) {
  const profile = await repo.findProfile(ctx.db, residentId);
  if (!profile) return null;
  const dx = post.loc.x - profile.home_loc.x;
  const dy = post.loc.y - profile.home_loc.y;
  let overlap = 0;
  for (let i = 0; i < post.slots.length; i++) if (post.slots[i] === '1' && profile.slots[i] === '1') overlap++;
  const pair = { straightKm: Math.hypot(dx, dy), overlapSlots: overlap };
  const facts = postFacts(post);
  const seeker = seekerFacts(profile);
  if (hardLimit(facts, seeker, pair)) return null;
  const m = scoreMatch(facts, seeker, pair);
  return {
    score: m.score,
    walkMinutes: m.walkMinutes,
    reasons: presentReasons(m.parts, ctx.actor.locale, audienceFor(ctx.actor, residentId)),
  };
}

/**
 * Discoverable residents near a post, ranked for it. Names are shortened and
 * no contact is given: the employer invites, the resident decides. The list
 * is a read of personal data, so it is audited.
 */
export async function candidatesFor(ctx: ActorContext, postId: number, limit = 20) {
  const post = await repo.findPost(ctx.db, postId);
  if (!post || !isMemberOf(ctx.actor, post.enterprise_id)) throw notFound();
  const rows = await repo.nearbyCandidates(ctx.db, {
    postId,
    work: post.loc,
    slots: post.slots,
    flexible: post.flexible,
    minutesPerKm: (WALKING.detourFactor / WALKING.kmPerHour) * 60,
    pool: MATCH_POOL,
  });
  const facts = postFacts(post);
  const scored: { row: repo.NearbyCandidateRow; m: MatchScore }[] = [];
  for (const row of rows) {
    const seeker: SeekerFacts = {
      maxWalkMinutes: row.max_walk_minutes,
      slotCount: row.slot_count,
      schoolHoursPreset: row.school_hours_preset,
      windows: row.windows,
      skills: row.skills,
      jobTypes: row.job_types,
      minPayFen: row.min_pay_fen,
      minPayUnit: row.min_pay_unit,
    };
    const pair = { straightKm: row.km, overlapSlots: row.overlap };
    if (hardLimit(facts, seeker, pair)) continue;
    scored.push({ row, m: scoreMatch(facts, seeker, pair) });
  }
  scored.sort(
    (a, b) => b.m.score - a.m.score || a.m.walkMinutes - b.m.walkMinutes || a.row.resident_id - b.row.resident_id,
  );
  const top = scored.slice(0, limit).map(({ row, m }) => ({
    residentId: row.resident_id,
    displayName: shortName(row.name),
    communityName: row.community_name,
    skills: row.skills,
    score: m.score,
    walkMinutes: m.walkMinutes,
    // the employer reads of the candidate, not as if addressed
    reasons: presentReasons(m.parts, ctx.actor.locale, 'staff'),
    applicationId: row.application_id,
    applicationStatus: row.application_status,
  }));
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx, {
      action: 'jobs.candidates.view',
      targetType: 'job_post',
      targetId: postId,
      after: { residentIds: top.map((c) => c.residentId) },
    }),
  );
  return { items: top };
}
