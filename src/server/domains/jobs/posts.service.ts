/**
 * Posts and the street's trust work (SPEC §3.2 Posting, 妈妈岗, Trust): an
 * employer posts; a verified employer's post is public at once, others wait
 * for the street; posts asking for money are refused; the street certifies
 * 妈妈岗, takes posts down on reports and keeps the red / black list.
 */
import type { Transaction, Updateable } from 'kysely';
import type { z } from 'zod';
import { businessDay } from '../../../shared/dates';
import { findFeeDemand } from '../../../shared/job-fees';
import { countSlots, fitsSchoolHours, windowsToSlots } from '../../../shared/job-schedule';
import type * as schemas from '../../../shared/schemas/jobs';
import type { ActorContext } from '../../context';
import { uniqueViolation } from '../../db/errors';
import type { Database, JobPostsTable } from '../../db/types';
import { AppError, FieldError, notFound } from '../../core/app-error';
import { pathInScope } from '../../http/scope';
import { recordAudit } from '../../platform/audit';
import { resolveAreaSetting } from '../../platform/area-settings';
import type { NoticeTemplate } from '../../platform/notice-texts';
import { notifyUsers, staffCoveringArea } from '../../platform/notifications';
import * as repo from './jobs.repository';
import { isMemberOf } from './jobs.permissions';
import { postAuditShape, presentPostDetail } from './jobs.presenter';
import { matchOfPost } from './matching.service';
import { projectKm } from './match-score';

type CreateInput = z.output<typeof schemas.createJobPost>;
type UpdateInput = z.output<typeof schemas.updateJobPost>;

/** The fields a job seeker reads, checked for a demand for money; the first one that asks is named. */
function refuseFees(input: {
  title?: string | undefined;
  requirements?: string | undefined;
  description?: string | undefined;
}) {
  for (const field of ['title', 'requirements', 'description'] as const) {
    if (findFeeDemand(input[field])) throw new FieldError(field, 'asks_fee');
  }
}

async function workplace(ctx: ActorContext, areaId: number) {
  const place = await repo.findPlace(ctx.db, areaId);
  if (!place || place.lat === null || place.lng === null || place.level === 'district' || place.level === 'street') {
    throw new FieldError('workAreaId', 'not_workplace');
  }
  return { ...place, lat: place.lat, lng: place.lng };
}

async function ownPost(ctx: ActorContext, id: number) {
  const post = await repo.findPost(ctx.db, id);
  if (!post || !isMemberOf(ctx.actor, post.enterprise_id)) throw notFound();
  return post;
}

export async function createPost(ctx: ActorContext, input: CreateInput) {
  if (!isMemberOf(ctx.actor, input.enterpriseId)) throw new FieldError('enterpriseId', 'not_member');
  refuseFees(input);
  if (input.validUntil < businessDay(ctx.now)) throw new FieldError('validUntil', 'in_past');
  const enterprise = (await repo.findEnterprise(ctx.db, input.enterpriseId))!;
  const watch = await repo.currentWatchEntry(ctx.db, enterprise.id);
  if (watch?.kind === 'black') throw new AppError('EMPLOYER_BLACKLISTED');
  const place = await workplace(ctx, input.workAreaId);
  const windows = input.flexible ? [] : input.windows;
  const slots = windowsToSlots(windows);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertPost(trx, {
      enterprise_id: enterprise.id,
      area_id: place.id,
      loc: repo.pointSql(projectKm(place.lat, place.lng)),
      title: input.title,
      category: input.category,
      type: input.type,
      pay_min_fen: input.payMinFen,
      pay_max_fen: input.payMaxFen,
      pay_unit: input.payUnit,
      flexible: input.flexible,
      windows: JSON.stringify(windows),
      slots,
      slot_count: countSlots(slots),
      headcount: input.headcount,
      skills: [...new Set(input.skills)],
      requirements: input.requirements,
      description: input.description,
      contract: input.contract,
      social_insurance: input.socialInsurance,
      valid_until: input.validUntil,
      // Only a verified employer's post is public at once; the street reviews the others.
      status: enterprise.verified_at ? 'published' : 'pending_review',
      mother_status: input.requestMotherLabel ? 'requested' : 'none',
      created_by_user_id: ctx.actor.userId,
      updated_at: ctx.now,
    });
    const row = (await repo.findPost(trx, id))!;
    await recordAudit(trx, ctx, {
      action: 'jobs.post.create',
      targetType: 'job_post',
      targetId: id,
      after: postAuditShape(row),
    });
    if (row.status === 'pending_review' || row.mother_status === 'requested') {
      const officers = await staffCoveringArea(trx, place.id, ['street_officer']);
      await notifyUsers(trx, officers, {
        kind: 'jobs.review',
        text: {
          template: row.status === 'pending_review' ? 'jobs.review.post' : 'jobs.review.mother',
          params: { post: row.title },
        },
        link: '/staff/jobs-review',
        dedupeKey: `jobs.review.${id}`,
      });
    }
    return id;
  });
  return getOwnPost(ctx, id);
}

export async function getOwnPost(ctx: ActorContext, id: number) {
  return presentPostDetail(await ownPost(ctx, id), businessDay(ctx.now));
}

export async function listOwnPosts(
  ctx: ActorContext,
  q: { enterpriseId?: number | undefined; page: number; pageSize: number },
) {
  const ids = ctx.actor.enterprises
    .map((e) => e.id)
    .filter((id) => q.enterpriseId === undefined || id === q.enterpriseId);
  const { rows, total } = await repo.listEmployerPosts(ctx.db, ids, q.page, q.pageSize);
  const today = businessDay(ctx.now);
  return { items: rows.map((r) => presentPostDetail(r, today)), total, page: q.page, pageSize: q.pageSize };
}

export async function updatePost(ctx: ActorContext, id: number, input: UpdateInput) {
  const current = await ownPost(ctx, id);
  refuseFees(input);
  if (input.validUntil !== undefined && input.validUntil < businessDay(ctx.now))
    throw new FieldError('validUntil', 'in_past');
  if (current.status === 'taken_down' || current.status === 'rejected') throw new AppError('JOB_POST_LOCKED');
  const values: Updateable<JobPostsTable> = { updated_at: ctx.now };
  const set = <K extends keyof UpdateInput & string>(k: K, column: keyof JobPostsTable) => {
    if (input[k] !== undefined) (values as Record<string, unknown>)[column] = input[k];
  };
  set('title', 'title');
  set('category', 'category');
  set('type', 'type');
  set('payMinFen', 'pay_min_fen');
  set('payMaxFen', 'pay_max_fen');
  set('payUnit', 'pay_unit');
  set('headcount', 'headcount');
  set('requirements', 'requirements');
  set('description', 'description');
  set('contract', 'contract');
  set('socialInsurance', 'social_insurance');
  set('validUntil', 'valid_until');
  if (input.skills) values.skills = [...new Set(input.skills)];
  if (input.workAreaId !== undefined) {
    const place = await workplace(ctx, input.workAreaId);
    values.area_id = place.id;
    values.loc = repo.pointSql(projectKm(place.lat, place.lng));
  }
  const scheduleChanged = input.flexible !== undefined || input.windows !== undefined;
  if (scheduleChanged) {
    const flexible = input.flexible ?? current.flexible;
    const windows = flexible ? [] : (input.windows ?? current.windows);
    if (!flexible && windows.length === 0) throw new FieldError('windows', 'windows_required');
    const slots = windowsToSlots(windows);
    values.flexible = flexible;
    values.windows = JSON.stringify(windows);
    values.slots = slots;
    values.slot_count = countSlots(slots);
  }
  const termsChanged = scheduleChanged || input.contract !== undefined || input.socialInsurance !== undefined;
  // A certified 妈妈岗 whose hours or terms change goes back to the street for certification.
  if (termsChanged && current.mother_status === 'certified') values.mother_status = 'requested';
  if (input.close) values.status = 'closed';
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockPost(trx, id);
    const before = (await repo.findPost(trx, id))!;
    await repo.updatePost(trx, id, values);
    const after = (await repo.findPost(trx, id))!;
    await recordAudit(trx, ctx, {
      action: input.close ? 'jobs.post.close' : 'jobs.post.update',
      targetType: 'job_post',
      targetId: id,
      before: postAuditShape(before),
      after: postAuditShape(after),
    });
  });
  return getOwnPost(ctx, id);
}

export async function requestMotherLabel(ctx: ActorContext, id: number) {
  const post = await ownPost(ctx, id);
  if (post.mother_status === 'certified' || post.mother_status === 'requested') return getOwnPost(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePost(trx, id, { mother_status: 'requested', mother_note: null, updated_at: ctx.now });
    await recordAudit(trx, ctx, {
      action: 'jobs.post.mother_request',
      targetType: 'job_post',
      targetId: id,
      before: { motherStatus: post.mother_status },
      after: { motherStatus: 'requested' },
    });
    const officers = await staffCoveringArea(trx, post.area_id, ['street_officer']);
    await notifyUsers(trx, officers, {
      kind: 'jobs.review',
      text: { template: 'jobs.review.mother', params: { post: post.title } },
      link: '/staff/jobs-review',
      dedupeKey: `jobs.mother.${id}.${ctx.now.getTime()}`,
    });
  });
  return getOwnPost(ctx, id);
}

/** A published, unexpired post as a resident sees it, with her match when it is inside her limits. */
export async function getPublicPost(ctx: ActorContext, id: number) {
  const post = await repo.findPost(ctx.db, id);
  const today = businessDay(ctx.now);
  const residentId = ctx.actor.residentId;
  const own = post ? isMemberOf(ctx.actor, post.enterprise_id) : false;
  if (!post || (!own && (post.status !== 'published' || post.valid_until < today))) throw notFound();
  const match = residentId ? await matchOfPost(ctx, residentId, post) : null;
  const mine = residentId ? await repo.findApplicationFor(ctx.db, id, residentId) : undefined;
  return presentPostDetail(post, today, { match, myApplicationId: mine?.id ?? null });
}

// ── The street ──

async function postInScope(ctx: ActorContext, id: number) {
  const post = await repo.findPost(ctx.db, id);
  if (!post || !pathInScope(post.area_path, ctx.actor.areaPaths)) throw notFound();
  return post;
}

export async function reviewQueue(
  ctx: ActorContext,
  q: { queue: 'review' | 'mother' | 'published'; page: number; pageSize: number },
) {
  const today = businessDay(ctx.now);
  const { rows, total } = await repo.listReviewQueue(ctx.db, ctx.actor, q.queue, today, q.page, q.pageSize);
  return { items: rows.map((r) => presentPostDetail(r, today)), total, page: q.page, pageSize: q.pageSize };
}

export async function getPostForStaff(ctx: ActorContext, id: number) {
  return presentPostDetail(await postInScope(ctx, id), businessDay(ctx.now));
}

async function tellEmployer(
  ctx: ActorContext,
  trx: Parameters<typeof notifyUsers>[0],
  enterpriseId: number,
  template: NoticeTemplate,
  post: string,
  note: string,
  postId: number,
) {
  const members = await repo.membersOf(trx, enterpriseId);
  await notifyUsers(
    trx,
    members.map((m) => m.user_id),
    {
      kind: 'jobs.post',
      text: { template, params: { post, note } },
      link: `/jobs/employer/posts/${postId}`,
      dedupeKey: `jobs.post.${postId}.${ctx.now.getTime()}`,
    },
  );
}

export async function decideReview(
  ctx: ActorContext,
  id: number,
  input: { approve: boolean; note?: string | undefined },
) {
  const post = await postInScope(ctx, id);
  if (post.status !== 'pending_review') throw new AppError('JOB_POST_NOT_PENDING');
  if (input.approve) refuseFees(post);
  const status = input.approve ? 'published' : 'rejected';
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePost(trx, id, {
      status,
      review_note: input.note ?? null,
      reviewed_by_user_id: ctx.actor.userId,
      reviewed_at: ctx.now,
      updated_at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: input.approve ? 'jobs.post.approve' : 'jobs.post.reject',
      targetType: 'job_post',
      targetId: id,
      before: { status: post.status },
      after: { status, note: input.note ?? null },
    });
    await tellEmployer(
      ctx,
      trx,
      post.enterprise_id,
      input.approve ? 'jobs.post.approved' : 'jobs.post.refused',
      post.title,
      input.note ?? '',
      id,
    );
  });
  return getPostForStaff(ctx, id);
}

/**
 * 妈妈岗 certification (SPEC §3.2): only a fixed schedule inside the area's
 * school hours, with contract and social-insurance terms declared, can be
 * certified; the officer's refusal needs no such check.
 */
export async function decideMother(
  ctx: ActorContext,
  id: number,
  input: { certify: boolean; note?: string | undefined },
) {
  const post = await postInScope(ctx, id);
  if (post.mother_status !== 'requested') throw new AppError('MOTHER_NOT_REQUESTED');
  if (input.certify) {
    const { value } = await resolveAreaSetting(ctx.db, post.area_id, 'school_hours');
    const school = { days: value.weekdays, from: value.from, to: value.to };
    if (post.flexible || !fitsSchoolHours(post.windows, school))
      throw new AppError('MOTHER_SCHEDULE_OUTSIDE_SCHOOL_HOURS', { from: value.from, to: value.to });
    if (!post.contract || !post.social_insurance) throw new AppError('MOTHER_TERMS_MISSING');
  }
  const motherStatus = input.certify ? 'certified' : 'refused';
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePost(trx, id, {
      mother_status: motherStatus,
      mother_note: input.note ?? null,
      mother_by_user_id: ctx.actor.userId,
      updated_at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: input.certify ? 'jobs.post.mother_certify' : 'jobs.post.mother_refuse',
      targetType: 'job_post',
      targetId: id,
      before: { motherStatus: post.mother_status },
      after: { motherStatus, note: input.note ?? null },
    });
    await tellEmployer(
      ctx,
      trx,
      post.enterprise_id,
      input.certify ? 'jobs.post.certified' : 'jobs.post.not_certified',
      post.title,
      input.note ?? '',
      id,
    );
  });
  return getPostForStaff(ctx, id);
}

export async function takeDown(ctx: ActorContext, id: number, note: string) {
  const post = await postInScope(ctx, id);
  if (post.status === 'taken_down') return getPostForStaff(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePost(trx, id, {
      status: 'taken_down',
      review_note: note,
      reviewed_by_user_id: ctx.actor.userId,
      reviewed_at: ctx.now,
      updated_at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'jobs.post.take_down',
      targetType: 'job_post',
      targetId: id,
      before: { status: post.status },
      after: { status: 'taken_down', note },
    });
    await tellEmployer(ctx, trx, post.enterprise_id, 'jobs.post.taken_down', post.title, note, id);
  });
  return getPostForStaff(ctx, id);
}

export async function reportPost(
  ctx: ActorContext,
  id: number,
  input: { reason: string; detail?: string | undefined },
) {
  const post = await repo.findPost(ctx.db, id);
  if (!post || post.status !== 'published') throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    const inserted = await repo.insertReport(trx, {
      post_id: id,
      area_id: post.area_id,
      reporter_user_id: ctx.actor.userId,
      reason: input.reason,
      detail: input.detail ?? null,
    });
    // Reporting the same post twice is one report (a resent request changes nothing).
    if (!inserted) return;
    await recordAudit(trx, ctx, {
      action: 'jobs.post.report',
      targetType: 'job_post',
      targetId: id,
      after: { reason: input.reason, detail: input.detail ?? null },
    });
    const officers = await staffCoveringArea(trx, post.area_id, ['street_officer']);
    await notifyUsers(trx, officers, {
      kind: 'jobs.report',
      text: { template: 'jobs.report', params: { post: post.title } },
      link: '/staff/jobs-reports',
      dedupeKey: `jobs.report.${inserted.id}`,
    });
  });
  return { ok: true as const };
}

export async function listReports(
  ctx: ActorContext,
  q: { status: 'open' | 'upheld' | 'dismissed'; page: number; pageSize: number },
) {
  const { rows, total } = await repo.listReports(ctx.db, ctx.actor, q.status, q.page, q.pageSize);
  return {
    items: rows.map((r) => ({
      id: r.id,
      postId: r.post_id,
      postTitle: r.post_title,
      enterpriseName: r.enterprise_name,
      reason: r.reason as 'fee',
      detail: r.detail,
      status: r.status,
      createdAt: r.created_at.toISOString(),
      handledNote: r.handled_note,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Upholding a report takes the post down in the same transaction. */
export async function resolveReport(ctx: ActorContext, id: number, input: { uphold: boolean; note: string }) {
  const report = await repo.findReportInScope(ctx.db, ctx.actor, id);
  if (!report) throw notFound();
  if (report.status !== 'open') throw new AppError('REPORT_ALREADY_HANDLED');
  const post = (await repo.findPost(ctx.db, report.post_id))!;
  await ctx.db.transaction().execute(async (trx) => {
    const status = input.uphold ? 'upheld' : 'dismissed';
    await trx
      .updateTable('job_post_reports')
      .set({ status, handled_by_user_id: ctx.actor.userId, handled_note: input.note, handled_at: ctx.now })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx, {
      action: `jobs.report.${status === 'upheld' ? 'uphold' : 'dismiss'}`,
      targetType: 'job_post_report',
      targetId: id,
      after: { status, note: input.note },
    });
    if (input.uphold && post.status !== 'taken_down') {
      await repo.updatePost(trx, post.id, {
        status: 'taken_down',
        review_note: input.note,
        reviewed_by_user_id: ctx.actor.userId,
        reviewed_at: ctx.now,
        updated_at: ctx.now,
      });
      await recordAudit(trx, ctx, {
        action: 'jobs.post.take_down',
        targetType: 'job_post',
        targetId: post.id,
        before: { status: post.status },
        after: { status: 'taken_down', note: input.note, reportId: id },
      });
    }
  });
  return { ok: true as const };
}

export async function listWatchlist(ctx: ActorContext) {
  const rows = await repo.listWatchlist(ctx.db, ctx.actor);
  return {
    items: rows.map((r) => ({
      id: r.id,
      enterpriseId: r.enterprise_id,
      enterpriseName: r.enterprise_name,
      kind: r.kind,
      reason: r.reason,
      createdAt: r.created_at.toISOString(),
      createdBy: r.created_by,
    })),
  };
}

export async function addToWatchlist(
  ctx: ActorContext,
  input: { enterpriseId: number; kind: 'red' | 'black'; reason: string },
) {
  const enterprise = await repo.findEnterprise(ctx.db, input.enterpriseId);
  const area = enterprise ? await repo.findPlace(ctx.db, enterprise.area_id) : undefined;
  if (!enterprise || !area || !pathInScope(area.path, ctx.actor.areaPaths))
    throw new FieldError('enterpriseId', 'not_in_scope');
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('employer_watchlist')
        .values({
          enterprise_id: enterprise.id,
          kind: input.kind,
          reason: input.reason,
          created_by_user_id: ctx.actor.userId,
        })
        .execute();
      await recordAudit(trx, ctx, {
        action: `jobs.watchlist.add_${input.kind}`,
        targetType: 'enterprise',
        targetId: enterprise.id,
        after: { kind: input.kind, reason: input.reason },
      });
      if (input.kind === 'black') await takeDownPostsOfBlacklisted(ctx, trx, enterprise, input.reason);
    });
  } catch (err) {
    if (uniqueViolation(err) === 'employer_watchlist_current_uq') throw new AppError('ALREADY_ON_WATCHLIST');
    throw err;
  }
  return listWatchlist(ctx);
}

/**
 * A black-listed employer's open and pending posts leave residents' lists in the same transaction
 * as the listing (ADR 0027); its members are told how many and why.
 */
async function takeDownPostsOfBlacklisted(
  ctx: ActorContext,
  trx: Transaction<Database>,
  enterprise: { id: number; name: string },
  reason: string,
) {
  const posts = await repo.takeDownOpenPostsOf(trx, enterprise.id, {
    note: reason,
    userId: ctx.actor.userId,
    now: ctx.now,
  });
  for (const post of posts)
    await recordAudit(trx, ctx, {
      action: 'jobs.post.take_down',
      targetType: 'job_post',
      targetId: post.id,
      after: { status: 'taken_down', note: reason, watchlist: 'black' },
    });
  const members = await repo.membersOf(trx, enterprise.id);
  await notifyUsers(
    trx,
    members.map((m) => m.user_id),
    {
      kind: 'jobs.post',
      text: {
        template: 'jobs.employer.blacklisted',
        params: { employer: enterprise.name, count: posts.length, reason },
      },
      link: '/jobs/employer',
      dedupeKey: `jobs.blacklisted.${enterprise.id}.${ctx.now.getTime()}`,
    },
  );
}

export async function removeFromWatchlist(ctx: ActorContext, id: number) {
  const entry = (await repo.listWatchlist(ctx.db, ctx.actor)).find((e) => e.id === id);
  if (!entry) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('employer_watchlist')
      .set({ removed_at: ctx.now, removed_by_user_id: ctx.actor.userId })
      .where('id', '=', id)
      .where('removed_at', 'is', null)
      .execute();
    await recordAudit(trx, ctx, {
      action: 'jobs.watchlist.remove',
      targetType: 'enterprise',
      targetId: entry.enterprise_id,
      before: { kind: entry.kind, reason: entry.reason },
    });
  });
  return listWatchlist(ctx);
}
