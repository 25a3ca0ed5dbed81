/**
 * Use cases of shared employment (共享用工, SPEC §3.5): posts, ranked counterparts, agreements with
 * both firms' signatures and each worker's consent, and the monthly money at cost. The rules are
 * in src/shared/sharing/agreement-rules.ts; this file loads the facts, applies them in one
 * transaction and writes the audit trail.
 */
import { businessDay } from '../../../shared/dates';
import { type ErrorCode, renderMessage } from '../../../shared/errors';
import { yuan } from '../../../shared/job-words';
import type {
  SharingAgreementInput,
  SharingAssistedReturnInput,
  SharingPostInput,
} from '../../../shared/schemas/sharing';
import {
  type AgreementProblem,
  agreementProblems,
  allReturned,
  belowCost,
  daysKeptPastEnd,
  extensionComplete,
  extensionProblems,
  isActive,
  receivedForHours,
  returnProblem,
  type ReturnKind,
} from '../../../shared/sharing/agreement-rules';
import type { ActorContext } from '../../context';
import { AppError, FieldError, notFound } from '../../core/app-error';
import { pathInScope } from '../../http/scope';
import { recordAudit } from '../../platform/audit';
import { insertConsent } from '../residents';
import { agreementInScope, isMemberOf } from './sharing.permissions';
import { agreementAuditShape, presentAgreement, presentMonth, presentPost, waitingWords } from './sharing.presenter';
import * as repo from './sharing.repository';
import { presentSharingReasons, scoreSharing, SHARING_MODEL } from './sharing-match';

const today = (ctx: ActorContext) => businessDay(ctx.now);

async function site(ctx: ActorContext, areaId: number, field: string) {
  const place = await repo.findPlace(ctx.db, areaId);
  if (!place || place.lat === null || place.lng === null || place.level === 'district' || place.level === 'street')
    throw new FieldError(field, 'not_workplace');
  return place;
}

// ── Posts ──

export async function createPost(ctx: ActorContext, input: SharingPostInput) {
  if (!isMemberOf(ctx.actor, input.enterpriseId)) throw new FieldError('enterpriseId', 'not_member');
  if (input.endDate < today(ctx)) throw new FieldError('endDate', 'in_past');
  // A resend with the same key answers the post it made the first time.
  const existing = await repo.findPostByKey(ctx.db, input.enterpriseId, input.clientKey);
  if (existing) return getOwnPost(ctx, existing.id);
  const place = await site(ctx, input.siteAreaId, 'siteAreaId');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertPost(trx, {
      enterprise_id: input.enterpriseId,
      area_id: place.id,
      kind: input.kind,
      skills: [...new Set(input.skills)],
      headcount: input.headcount,
      start_date: input.startDate,
      end_date: input.endDate,
      daily_hours: input.kind === 'shortage' ? input.dailyHours : null,
      pay_fen_per_day: input.kind === 'shortage' ? input.payFenPerDay : null,
      note: input.note,
      client_key: input.clientKey,
      created_by_user_id: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'sharing.post.create',
      targetType: 'sharing_post',
      targetId: id,
      after: { enterpriseId: input.enterpriseId, kind: input.kind, headcount: input.headcount },
    });
    return id;
  });
  return getOwnPost(ctx, id);
}

async function ownPost(ctx: ActorContext, id: number) {
  const post = await repo.findPost(ctx.db, id);
  if (!post || !isMemberOf(ctx.actor, post.enterprise_id)) throw notFound();
  return post;
}

export async function getOwnPost(ctx: ActorContext, id: number) {
  return presentPost(await ownPost(ctx, id), today(ctx));
}

export async function listOwnPosts(ctx: ActorContext) {
  const rows = await repo.postsOfEnterprises(
    ctx.db,
    ctx.actor.enterprises.map((e) => e.id),
  );
  return { items: rows.map((p) => presentPost(p, today(ctx))) };
}

export async function closeOwnPost(ctx: ActorContext, id: number) {
  await ownPost(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.closePost(trx, id, ctx.now);
    await recordAudit(trx, ctx, { action: 'sharing.post.close', targetType: 'sharing_post', targetId: id });
  });
  return getOwnPost(ctx, id);
}

/** At most this many counterparts are shown; the database reads this many posts first to set its floor (ADR 0072). */
export const MATCH_LIMIT = 20;
export const MATCH_PROBE = 200;

const side = (p: repo.PostRow) => ({
  skills: p.skills,
  startDate: p.start_date,
  endDate: p.end_date,
  lat: p.lat ?? 0,
  lng: p.lng ?? 0,
});

/**
 * The post's counterparts ranked by skills, dates and distance, best first, at most 20. The
 * database picks and orders them with scoreSharing's arithmetic; each part's reasons come from
 * scoreSharing itself, run on the 20.
 */
async function rankFor(ctx: ActorContext, post: repo.PostRow) {
  const ranked = await repo.rankedCounterparts(ctx.db, {
    postId: post.id,
    today: today(ctx),
    limit: MATCH_LIMIT,
    probe: MATCH_PROBE,
    model: SHARING_MODEL,
  });
  const rows = new Map(
    (
      await repo.postsByIds(
        ctx.db,
        ranked.map((r) => r.id),
      )
    ).map((p) => [p.id, p]),
  );
  const items = [];
  for (const { id } of ranked) {
    const other = rows.get(id);
    if (!other) continue;
    const [surplus, shortage] = post.kind === 'surplus' ? [post, other] : [other, post];
    const s = scoreSharing(side(surplus), side(shortage));
    if (!s) continue;
    items.push({
      post: presentPost(other, today(ctx)),
      score: s.score,
      walkMinutes: s.walkMinutes,
      reasons: presentSharingReasons(s.parts, ctx.actor.locale),
    });
  }
  return { post: presentPost(post, today(ctx)), items };
}

export async function ownPostMatches(ctx: ActorContext, id: number) {
  return rankFor(ctx, await ownPost(ctx, id));
}

export async function brokerPostMatches(ctx: ActorContext, id: number) {
  const post = await repo.findPost(ctx.db, id);
  if (!post) throw notFound();
  const firm = await repo.findEnterprise(ctx.db, post.enterprise_id);
  if (!firm || !pathInScope(firm.path, ctx.actor.areaPaths)) throw notFound();
  return rankFor(ctx, post);
}

// ── Employees a firm may lend ──

export async function employeesToLend(ctx: ActorContext, enterpriseId: number) {
  if (!isMemberOf(ctx.actor, enterpriseId)) throw notFound();
  return employeeList(ctx, enterpriseId);
}

export async function brokerEmployees(ctx: ActorContext, enterpriseId: number) {
  const firm = await repo.findEnterprise(ctx.db, enterpriseId);
  if (!firm || !pathInScope(firm.path, ctx.actor.areaPaths)) throw notFound();
  return employeeList(ctx, enterpriseId);
}

async function employeeList(ctx: ActorContext, enterpriseId: number) {
  const rows = await repo.employeesOn(ctx.db, enterpriseId, today(ctx));
  const seen = new Set<number>();
  const items = [];
  for (const r of rows) {
    if (seen.has(r.resident_id)) continue;
    seen.add(r.resident_id);
    items.push({ residentId: r.resident_id, name: r.name, title: r.title, contractEnd: r.end_date });
  }
  return { items };
}

// ── Agreements ──

function refusal(ctx: ActorContext, p: AgreementProblem): AppError {
  const locale = ctx.actor.locale;
  switch (p.code) {
    case 'SHARING_MARGIN_REFUSED': {
      const params = { fee: yuan(p.feeFen), cost: yuan(p.costFen) };
      return new AppError(p.code, params, [{ field: 'feeFenPerDay', message: renderMessage(p.code, locale, params) }]);
    }
    case 'SHARING_TERM_PAST_CONTRACT': {
      const params = { name: p.name, contractEnd: p.contractEnd };
      return new AppError(p.code, params, [{ field: 'endDate', message: renderMessage(p.code, locale, params) }]);
    }
    default: {
      const params = { name: p.name };
      return new AppError(p.code, params, [{ field: 'workers', message: renderMessage(p.code, locale, params) }]);
    }
  }
}

/**
 * A new agreement, drafted by the lending firm (it names its own employees) or brokered by a
 * street officer for two firms in the street. Every check holds or nothing is written.
 */
export async function createAgreement(ctx: ActorContext, input: SharingAgreementInput, brokered: boolean) {
  const lending = await repo.findEnterprise(ctx.db, input.lendingEnterpriseId);
  const borrowing = await repo.findEnterprise(ctx.db, input.borrowingEnterpriseId);
  if (brokered) {
    if (!lending || !pathInScope(lending.path, ctx.actor.areaPaths))
      throw new FieldError('lendingEnterpriseId', 'not_in_scope');
    if (!borrowing || !pathInScope(borrowing.path, ctx.actor.areaPaths))
      throw new FieldError('borrowingEnterpriseId', 'not_in_scope');
  } else {
    if (!lending || !isMemberOf(ctx.actor, lending.id)) throw new FieldError('lendingEnterpriseId', 'not_member');
    if (!borrowing) throw new FieldError('borrowingEnterpriseId', 'not_enterprise');
  }
  const existing = await repo.findAgreementByKey(ctx.db, ctx.actor.userId, input.clientKey);
  if (existing) return brokered ? getBrokerAgreement(ctx, existing.id) : getOwnAgreement(ctx, existing.id);
  if (input.workers.length !== input.headcount) throw new FieldError('headcount', 'headcount_workers');
  const ids = [...new Set(input.workers.map((w) => w.residentId))];
  if (ids.length !== input.workers.length) throw new FieldError('workers', 'invalid');
  await checkPosts(ctx, input);
  const place = await site(ctx, input.siteAreaId, 'siteAreaId');
  const employments = await repo.latestEmployments(ctx.db, lending.id, ids, input.startDate);
  const names = new Map((await repo.residentNames(ctx.db, ids)).map((r) => [r.id, r.name]));
  const workers = input.workers.map((w) => {
    const e = employments.find((m) => m.resident_id === w.residentId);
    return {
      residentId: w.residentId,
      name: names.get(w.residentId) ?? String(w.residentId),
      relation: w.relation,
      employment: e ? { startDate: e.start_date, endDate: e.end_date } : null,
      employmentId: e?.id ?? null,
    };
  });
  const problems = agreementProblems({
    feeFenPerDay: input.feeFenPerDay,
    costs: input,
    startDate: input.startDate,
    endDate: input.endDate,
    workers,
  });
  if (problems[0]) throw refusal(ctx, problems[0]);
  const taken = await repo.takenWorkers(ctx.db, ids, input.startDate, input.endDate);
  if (taken[0]) {
    const params = { name: taken[0].name };
    throw new AppError('SHARING_WORKER_TAKEN', params, [
      { field: 'workers', message: renderMessage('SHARING_WORKER_TAKEN', ctx.actor.locale, params) },
    ]);
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertAgreement(trx, {
      lending_enterprise_id: lending.id,
      borrowing_enterprise_id: borrowing.id,
      area_id: place.id,
      surplus_post_id: input.surplusPostId,
      shortage_post_id: input.shortagePostId,
      post_title: input.postTitle,
      daily_hours: input.dailyHours,
      start_date: input.startDate,
      end_date: input.endDate,
      headcount: input.headcount,
      wage_fen_per_day: input.wageFenPerDay,
      social_insurance_fen_per_day: input.socialInsuranceFenPerDay,
      other_costs_fen_per_day: input.otherCostsFenPerDay,
      other_costs_note: input.otherCostsNote,
      // The fee is recorded as the cost it stands for: a fee below it is the lending firm's gift, never a margin.
      fee_fen_per_day: input.wageFenPerDay + input.socialInsuranceFenPerDay + input.otherCostsFenPerDay,
      duties: input.duties,
      return_reasons: input.returnReasons,
      extension_terms: input.extensionTerms,
      client_key: input.clientKey,
      created_by_user_id: ctx.actor.userId,
      brokered,
    });
    await repo.insertWorkers(
      trx,
      workers.map((w) => ({ agreement_id: id, resident_id: w.residentId, employment_id: w.employmentId! })),
    );
    await repo.insertEvent(trx, {
      agreement_id: id,
      kind: brokered ? 'brokered' : 'drafted',
      actor_user_id: ctx.actor.userId,
    });
    const row = (await repo.findAgreement(trx, id))!;
    await recordAudit(trx, ctx, {
      action: 'sharing.agreement.create',
      targetType: 'sharing_agreement',
      targetId: id,
      after: { ...agreementAuditShape(row), brokered, workers: ids },
    });
    return id;
  });
  return brokered ? getBrokerAgreement(ctx, id) : getOwnAgreement(ctx, id);
}

/** A post named on the agreement must be of its kind and belong to the firm on that side. */
async function checkPosts(ctx: ActorContext, input: SharingAgreementInput) {
  for (const [field, postId, kind, firm] of [
    ['surplusPostId', input.surplusPostId, 'surplus', input.lendingEnterpriseId],
    ['shortagePostId', input.shortagePostId, 'shortage', input.borrowingEnterpriseId],
  ] as const) {
    if (postId === null) continue;
    const post = await repo.findPost(ctx.db, postId);
    if (!post || post.kind !== kind || post.enterprise_id !== firm) throw new FieldError(field, 'wrong_kind');
  }
}

async function present(ctx: ActorContext, row: repo.AgreementRow) {
  return (await presentMany(ctx, [row]))[0]!;
}

async function presentMany(ctx: ActorContext, rows: repo.AgreementRow[]) {
  const ids = rows.map((r) => r.id);
  const [workers, months, events] = await Promise.all([
    repo.workersOf(ctx.db, ids),
    repo.monthsOf(ctx.db, ids),
    repo.eventsOf(ctx.db, ids),
  ]);
  const of = <T extends { agreement_id: number }>(list: T[], id: number) => list.filter((x) => x.agreement_id === id);
  return rows.map((r) =>
    presentAgreement(
      r,
      { workers: of(workers, r.id), months: of(months, r.id), events: of(events, r.id) },
      ctx.actor.locale,
      today(ctx),
    ),
  );
}

async function ownAgreement(ctx: ActorContext, id: number) {
  const row = await repo.findAgreement(ctx.db, id);
  if (!row || !(isMemberOf(ctx.actor, row.lending_enterprise_id) || isMemberOf(ctx.actor, row.borrowing_enterprise_id)))
    throw notFound();
  return row;
}

export async function getOwnAgreement(ctx: ActorContext, id: number) {
  return present(ctx, await ownAgreement(ctx, id));
}

export async function listOwnAgreements(ctx: ActorContext) {
  const rows = await repo.agreementsOfEnterprises(
    ctx.db,
    ctx.actor.enterprises.map((e) => e.id),
  );
  return { items: await presentMany(ctx, rows) };
}

async function brokerAgreement(ctx: ActorContext, id: number) {
  const row = await repo.findAgreement(ctx.db, id);
  if (!row || !agreementInScope(ctx.actor, row)) throw notFound();
  return row;
}

export async function getBrokerAgreement(ctx: ActorContext, id: number) {
  return present(ctx, await brokerAgreement(ctx, id));
}

/** After a signature or a consent: the agreement becomes active once nothing is awaited. */
async function activateWhenComplete(trx: Parameters<typeof repo.lockAgreement>[0], ctx: ActorContext, id: number) {
  const row = (await repo.findAgreement(trx, id))!;
  if (row.status === 'active') return;
  const workers = await repo.workersOf(trx, [id]);
  const complete = isActive({
    lendingSigned: row.lending_signed_at !== null,
    borrowingSigned: row.borrowing_signed_at !== null,
    workers: workers.map((w) => ({ residentId: w.resident_id, name: w.name, consent: w.consent })),
  });
  if (!complete) return;
  await repo.setActive(trx, id, ctx.now);
  await repo.insertEvent(trx, { agreement_id: id, kind: 'activated', actor_user_id: ctx.actor.userId });
  await recordAudit(trx, ctx, { action: 'sharing.agreement.activate', targetType: 'sharing_agreement', targetId: id });
}

/** A firm's signature: the actor signs for the side of the agreement their enterprise is on. */
export async function sign(ctx: ActorContext, id: number, enterpriseId: number) {
  const row = await ownAgreement(ctx, id);
  if (!isMemberOf(ctx.actor, enterpriseId)) throw new FieldError('enterpriseId', 'not_member');
  const side =
    row.lending_enterprise_id === enterpriseId
      ? 'lending'
      : row.borrowing_enterprise_id === enterpriseId
        ? 'borrowing'
        : null;
  if (!side) throw new FieldError('enterpriseId', 'not_on_agreement');
  const signed = side === 'lending' ? row.lending_signed_at : row.borrowing_signed_at;
  if (!signed) {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.lockAgreement(trx, id);
      await repo.setSigned(trx, id, side, ctx.now);
      await repo.insertEvent(trx, { agreement_id: id, kind: `signed_${side}`, actor_user_id: ctx.actor.userId });
      await recordAudit(trx, ctx, {
        action: 'sharing.agreement.sign',
        targetType: 'sharing_agreement',
        targetId: id,
        after: { side },
      });
      await activateWhenComplete(trx, ctx, id);
    });
  }
  return getOwnAgreement(ctx, id);
}

async function decide(
  ctx: ActorContext,
  id: number,
  residentId: number,
  decision: 'consent' | 'decline',
  witness: string | null,
) {
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    await repo.lockAgreement(trx, id);
    const result = await repo.setConsent(trx, id, residentId, {
      consent: decision === 'consent' ? 'consented' : 'declined',
      consent_method: witness === null ? 'app' : 'assisted',
      witness,
      consent_by_user_id: ctx.actor.userId,
      consent_at: ctx.now,
    });
    if (Number(result.numUpdatedRows) === 0) return 'closed' as const;
    await repo.insertEvent(trx, {
      agreement_id: id,
      kind: decision === 'consent' ? 'worker_consented' : 'worker_declined',
      resident_id: residentId,
      actor_user_id: ctx.actor.userId,
      note: witness ?? '',
    });
    await recordAudit(trx, ctx, {
      action: decision === 'consent' ? 'sharing.worker.consent' : 'sharing.worker.decline',
      targetType: 'sharing_agreement',
      targetId: id,
      after: { residentId, assisted: witness !== null },
    });
    await activateWhenComplete(trx, ctx, id);
    return 'done' as const;
  });
  if (outcome === 'closed') {
    // The same answer again is a resend, not a conflict.
    const mine = (await repo.workersOf(ctx.db, [id])).find((w) => w.resident_id === residentId);
    const same = mine?.consent === (decision === 'consent' ? 'consented' : 'declined');
    if (!same) throw new AppError('SHARING_CONSENT_CLOSED');
  }
}

function ownResidentId(ctx: ActorContext): number {
  if (ctx.actor.residentId === null) throw notFound();
  return ctx.actor.residentId;
}

/** The worker's own consent, in the resident app. */
export async function consentMine(ctx: ActorContext, id: number, decision: 'consent' | 'decline') {
  const residentId = ownResidentId(ctx);
  const workers = await repo.workersOf(ctx.db, [id]);
  if (!workers.some((w) => w.resident_id === residentId)) throw notFound();
  await decide(ctx, id, residentId, decision, null);
  return mySharing(ctx);
}

/** 代办: an officer serving the worker's community records her answer, with a witness. */
export async function consentAssisted(
  ctx: ActorContext,
  id: number,
  input: { residentId: number; decision: 'consent' | 'decline'; witness: string },
) {
  const row = await repo.findAgreement(ctx.db, id);
  const person = await repo.residentPath(ctx.db, input.residentId);
  if (!row || !person || !pathInScope(person.path, ctx.actor.areaPaths)) throw notFound();
  const workers = await repo.workersOf(ctx.db, [id]);
  if (!workers.some((w) => w.resident_id === input.residentId)) throw new FieldError('residentId', 'not_on_agreement');
  await decide(ctx, id, input.residentId, input.decision, input.witness);
  return present(ctx, (await repo.findAgreement(ctx.db, id))!);
}

export async function mySharing(ctx: ActorContext) {
  const rows = await repo.agreementsOfWorker(ctx.db, ownResidentId(ctx));
  return {
    items: rows.map((r) => ({
      agreementId: r.id,
      status: r.status,
      lendingName: r.lending_name,
      borrowingName: r.borrowing_name,
      postTitle: r.post_title,
      siteName: r.site_name,
      dailyHours: r.daily_hours,
      startDate: r.start_date,
      endDate: r.end_date,
      wageFenPerDay: r.wage_fen_per_day,
      workInjuryLiability: 'lending' as const,
      duties: r.duties,
      consent: r.consent,
      consentMethod: r.consent_method,
      returnedOn: r.returned_on,
      returnKind: r.return_kind,
      returnDuty: r.return_duty,
      returnNote: r.return_note,
      extensionEndDate: r.extension_consent === null ? null : r.extension_end_date,
      extensionConsent: r.extension_consent,
    })),
  };
}

// ── Return and extension (ADR 0067) ──

type Trx = Parameters<typeof repo.lockAgreement>[0];

/** A refusal naming its field, in the actor's language. */
function refuse(ctx: ActorContext, code: ErrorCode, params: Record<string, string>, field: string): AppError {
  return new AppError(code, params, [{ field, message: renderMessage(code, ctx.actor.locale, params) }]);
}

/** The side of the agreement the actor acts for through this enterprise. */
function sideFor(ctx: ActorContext, row: repo.AgreementRow, enterpriseId: number) {
  if (!isMemberOf(ctx.actor, enterpriseId)) throw new FieldError('enterpriseId', 'not_member');
  if (row.lending_enterprise_id === enterpriseId) return 'lending' as const;
  if (row.borrowing_enterprise_id === enterpriseId) return 'borrowing' as const;
  throw new FieldError('enterpriseId', 'not_on_agreement');
}

/** After a return: the agreement has ended once every worker is back; a pending extension may now be complete. */
async function afterReturn(trx: Trx, ctx: ActorContext, id: number) {
  const workers = await repo.workersOf(trx, [id]);
  if (allReturned(workers.map((w) => ({ returnedOn: w.returned_on })))) {
    await repo.setEnded(trx, id, ctx.now);
    await repo.insertEvent(trx, { agreement_id: id, kind: 'ended', actor_user_id: ctx.actor.userId });
    await recordAudit(trx, ctx, { action: 'sharing.agreement.end', targetType: 'sharing_agreement', targetId: id });
    return;
  }
  await extendWhenComplete(trx, ctx, id);
}

async function writeReturns(
  ctx: ActorContext,
  id: number,
  residentIds: number[],
  how: { kind: ReturnKind; duty: repo.Duty | null; note: string },
  assisted?: AssistedConsent,
) {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockAgreement(trx, id);
    // 代办: her consent goes into the residents' ledger first, and the return points at it.
    const consent = assisted
      ? await insertConsent(trx, {
          resident_id: residentIds[0]!,
          purpose: 'sharing_return',
          scope: { agreementId: id, duty: how.duty, witness: assisted.witness ?? null },
          method: assisted.method,
          recorded_by_user_id: ctx.actor.userId,
          granted_at: ctx.now,
        })
      : null;
    const changed = await repo.setReturned(trx, id, residentIds, {
      returned_on: today(ctx),
      return_kind: how.kind,
      return_duty: how.duty,
      return_note: how.note,
      return_consent_id: consent?.id ?? null,
    });
    // She went back between the check and this write: nothing of the 代办 stays.
    if (changed.length === 0 && assisted) throw refuse(ctx, 'SHARING_NOT_LENT', { name: assisted.name }, 'residentId');
    for (const { resident_id } of changed) {
      await repo.insertEvent(trx, {
        agreement_id: id,
        kind: `returned_${how.kind}`,
        resident_id,
        actor_user_id: ctx.actor.userId,
        note: how.duty ? `${how.duty}${how.note ? `: ${how.note}` : ''}` : how.note,
      });
      await recordAudit(trx, ctx, {
        action: assisted ? 'sharing.worker.assisted_return' : 'sharing.worker.return',
        targetType: 'sharing_agreement',
        targetId: id,
        after: {
          residentId: resident_id,
          kind: how.kind,
          duty: how.duty,
          note: how.note,
          ...(consent ? { consentId: consent.id, consentMethod: assisted!.method } : {}),
        },
      });
    }
    if (changed.length > 0) await afterReturn(trx, ctx, id);
  });
}

/**
 * A firm records workers going back: either firm at the end date, or the borrowing firm early
 * for a reason the agreement lists. A worker already back the same way is a resend.
 */
export async function returnWorkers(
  ctx: ActorContext,
  id: number,
  input: { enterpriseId: number; residentIds: number[]; kind: 'end_date' | 'borrower_reason'; reason: string },
) {
  const row = await ownAgreement(ctx, id);
  const side = sideFor(ctx, row, input.enterpriseId);
  if (input.kind === 'borrower_reason' && side !== 'borrowing') throw new FieldError('kind', 'borrowing_only');
  const workers = await repo.workersOf(ctx.db, [id]);
  const todo: number[] = [];
  for (const residentId of new Set(input.residentIds)) {
    const w = workers.find((x) => x.resident_id === residentId);
    if (!w) throw new FieldError('residentIds', 'not_on_agreement');
    if (w.returned_on !== null && w.return_kind === input.kind) continue;
    const p = returnProblem({
      kind: input.kind,
      status: row.status,
      name: w.name,
      returnedOn: w.returned_on,
      endDate: row.end_date,
      today: today(ctx),
      reason: input.reason,
      listedReasons: row.return_reasons,
    });
    if (p?.code === 'SHARING_NOT_LENT') throw refuse(ctx, p.code, { name: p.name }, 'residentIds');
    if (p?.code === 'SHARING_RETURN_BEFORE_END') throw refuse(ctx, p.code, { endDate: p.endDate }, 'kind');
    if (p) throw refuse(ctx, p.code, { reason: p.reason }, 'reason');
    todo.push(residentId);
  }
  const note = input.kind === 'borrower_reason' ? input.reason : '';
  if (todo.length > 0) await writeReturns(ctx, id, todo, { kind: input.kind, duty: null, note });
  return getOwnAgreement(ctx, id);
}

type AssistedConsent = { name: string; method: 'paper' | 'verbal_witnessed'; witness?: string | undefined };

/**
 * A worker goes back early because the borrowing firm broke a duty; the lending firm cannot refuse.
 * Nothing is written when she already went back this way (a resend).
 */
async function returnEarly(
  ctx: ActorContext,
  row: repo.AgreementRow,
  mine: Awaited<ReturnType<typeof repo.workersOf>>[number],
  input: { duty: repo.Duty; note: string },
  field: string,
  assisted?: AssistedConsent,
) {
  if (mine.return_kind === 'worker_early') return;
  const p = returnProblem({
    kind: 'worker_early',
    status: row.status,
    name: mine.name,
    returnedOn: mine.returned_on,
    endDate: row.end_date,
    today: today(ctx),
    reason: '',
    listedReasons: '',
  });
  if (p?.code === 'SHARING_NOT_LENT') throw refuse(ctx, p.code, { name: p.name }, field);
  await writeReturns(
    ctx,
    row.id,
    [mine.resident_id],
    { kind: 'worker_early', duty: input.duty, note: input.note },
    assisted,
  );
}

/** The worker asks to go back early, in the resident app. */
export async function returnMine(ctx: ActorContext, id: number, input: { duty: repo.Duty; note: string }) {
  const residentId = ownResidentId(ctx);
  const row = await repo.findAgreement(ctx.db, id);
  const mine = row ? (await repo.workersOf(ctx.db, [id])).find((w) => w.resident_id === residentId) : undefined;
  if (!row || !mine) throw notFound();
  await returnEarly(ctx, row, mine, input, 'duty');
  return mySharing(ctx);
}

/**
 * 代办: an officer serving the worker's community files her early return for her, with her consent
 * on paper or before a named witness (ADR 0073). Out of the officer's areas is not found.
 */
export async function returnAssisted(ctx: ActorContext, id: number, input: SharingAssistedReturnInput) {
  const row = await repo.findAgreement(ctx.db, id);
  const person = await repo.residentPath(ctx.db, input.residentId);
  if (!row || !person || !pathInScope(person.path, ctx.actor.areaPaths)) throw notFound();
  const mine = (await repo.workersOf(ctx.db, [id])).find((w) => w.resident_id === input.residentId);
  if (!mine) throw new FieldError('residentId', 'not_on_agreement');
  await returnEarly(ctx, row, mine, { duty: input.duty, note: input.note }, 'residentId', {
    name: mine.name,
    method: input.consentMethod,
    witness: input.witness,
  });
  return present(ctx, (await repo.findAgreement(ctx.db, id))!);
}

/** Once both firms and every worker still lent agreed, the extension's date replaces the end date. */
async function extendWhenComplete(trx: Trx, ctx: ActorContext, id: number) {
  const row = (await repo.findAgreement(trx, id))!;
  if (row.extension_end_date === null) return;
  const asked = (await repo.workersOf(trx, [id])).filter((w) => w.extension_consent !== null);
  const complete = extensionComplete({
    lendingAgreed: row.extension_lending_at !== null,
    borrowingAgreed: row.extension_borrowing_at !== null,
    workers: asked.map((w) => ({ residentId: w.resident_id, name: w.name, consent: w.extension_consent! })),
  });
  if (!complete) return;
  await repo.applyExtension(trx, id, row.extension_end_date);
  await repo.insertEvent(trx, {
    agreement_id: id,
    kind: 'extended',
    actor_user_id: ctx.actor.userId,
    note: row.extension_end_date,
  });
  await recordAudit(trx, ctx, {
    action: 'sharing.agreement.extend',
    targetType: 'sharing_agreement',
    targetId: id,
    before: { endDate: row.end_date },
    after: { endDate: row.extension_end_date },
  });
}

/**
 * A firm proposes a new end date, or agrees to the one the other firm proposed. A new date asks
 * every worker still lent again; it never runs past anyone's labour contract.
 */
export async function proposeExtension(
  ctx: ActorContext,
  id: number,
  input: { enterpriseId: number; endDate: string },
) {
  const row = await ownAgreement(ctx, id);
  const side = sideFor(ctx, row, input.enterpriseId);
  const mineAt = side === 'lending' ? 'extension_lending_at' : 'extension_borrowing_at';
  if (row.extension_end_date === input.endDate) {
    if (row[mineAt] !== null) return getOwnAgreement(ctx, id);
  } else {
    const lent = (await repo.workersOf(ctx.db, [id])).filter((w) => w.returned_on === null);
    const ids = lent.map((w) => w.resident_id);
    const employments = await repo.latestEmployments(ctx.db, row.lending_enterprise_id, ids, row.start_date);
    const problems = extensionProblems({
      status: row.status,
      startDate: row.start_date,
      endDate: row.end_date,
      newEndDate: input.endDate,
      workers: lent.map((w) => {
        const e = employments.find((m) => m.resident_id === w.resident_id);
        return {
          residentId: w.resident_id,
          name: w.name,
          relation: w.relation,
          employment: e ? { startDate: e.start_date, endDate: e.end_date } : null,
        };
      }),
    });
    const p = problems[0];
    if (p?.code === 'SHARING_AGREEMENT_NOT_ACTIVE') throw refuse(ctx, p.code, {}, 'endDate');
    if (p?.code === 'SHARING_EXTENSION_NOT_LATER') throw refuse(ctx, p.code, { endDate: p.endDate }, 'endDate');
    if (p) throw refusal(ctx, p);
    const taken = await repo.takenWorkers(ctx.db, ids, row.end_date, input.endDate, id);
    if (taken[0]) throw refuse(ctx, 'SHARING_WORKER_TAKEN', { name: taken[0].name }, 'endDate');
  }
  const fresh = row.extension_end_date !== input.endDate;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockAgreement(trx, id);
    await repo.proposeExtension(
      trx,
      id,
      {
        extension_end_date: input.endDate,
        extension_lending_at: side === 'lending' ? ctx.now : fresh ? null : row.extension_lending_at,
        extension_borrowing_at: side === 'borrowing' ? ctx.now : fresh ? null : row.extension_borrowing_at,
      },
      fresh,
    );
    await repo.insertEvent(trx, {
      agreement_id: id,
      kind: fresh ? `extension_proposed_${side}` : `extension_agreed_${side}`,
      actor_user_id: ctx.actor.userId,
      note: input.endDate,
    });
    await recordAudit(trx, ctx, {
      action: fresh ? 'sharing.extension.propose' : 'sharing.extension.agree',
      targetType: 'sharing_agreement',
      targetId: id,
      before: { endDate: row.end_date },
      after: { side, extensionEndDate: input.endDate },
    });
    await extendWhenComplete(trx, ctx, id);
  });
  return getOwnAgreement(ctx, id);
}

/** The worker's answer to a proposed extension: her consent is asked again. */
export async function answerExtension(ctx: ActorContext, id: number, decision: 'consent' | 'decline') {
  const residentId = ownResidentId(ctx);
  const mine = (await repo.workersOf(ctx.db, [id])).find((w) => w.resident_id === residentId);
  if (!mine) throw notFound();
  const answer = decision === 'consent' ? 'consented' : 'declined';
  if (mine.extension_consent === null) throw new AppError('SHARING_NO_EXTENSION');
  if (mine.extension_consent !== 'pending') {
    if (mine.extension_consent !== answer) throw new AppError('SHARING_CONSENT_CLOSED');
    return mySharing(ctx);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockAgreement(trx, id);
    const result = await repo.setExtensionConsent(trx, id, residentId, answer);
    if (Number(result.numUpdatedRows) === 0) return;
    await repo.insertEvent(trx, {
      agreement_id: id,
      kind: decision === 'consent' ? 'extension_consented' : 'extension_declined',
      resident_id: residentId,
      actor_user_id: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: decision === 'consent' ? 'sharing.extension.consent' : 'sharing.extension.decline',
      targetType: 'sharing_agreement',
      targetId: id,
      after: { residentId },
    });
    await extendWhenComplete(trx, ctx, id);
  });
  return mySharing(ctx);
}

// ── Money at cost ──

async function recordMonth(
  ctx: ActorContext,
  id: number,
  side: 'lending' | 'borrowing',
  input: { residentId: number; month: string; hours?: number; paidFen?: number },
) {
  const row = await ownAgreement(ctx, id);
  const firm = side === 'lending' ? row.lending_enterprise_id : row.borrowing_enterprise_id;
  if (!isMemberOf(ctx.actor, firm)) throw new AppError('FORBIDDEN');
  // An ended agreement still takes its last months' money; a pending one takes none.
  if (row.status === 'pending') {
    const workers = await repo.workersOf(ctx.db, [id]);
    const lendingSigned = row.lending_signed_at !== null;
    const borrowingSigned = row.borrowing_signed_at !== null;
    const waiting = waitingWords({ lendingSigned, borrowingSigned, workers }, ctx.actor.locale);
    const sep = ctx.actor.locale === 'zh-CN' ? '、' : ', ';
    throw new AppError('SHARING_CONSENT_MISSING', { missing: waiting.join(sep) });
  }
  const workers = await repo.workersOf(ctx.db, [id]);
  if (!workers.some((w) => w.resident_id === input.residentId)) throw new FieldError('residentId', 'not_on_agreement');
  const monthEnd = lastDayOf(input.month);
  if (input.month > row.end_date || monthEnd < row.start_date) throw new FieldError('month', 'outside_term');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockAgreement(trx, id);
    const before = await repo.findMonth(trx, id, input.residentId, input.month);
    const hours = side === 'borrowing' ? input.hours! : (before?.hours ?? null);
    const receivedFen =
      side === 'borrowing'
        ? receivedForHours(hours!, row.fee_fen_per_day, row.daily_hours)
        : (before?.received_fen ?? null);
    const paidFen = side === 'lending' ? input.paidFen! : (before?.paid_fen ?? null);
    const costs = {
      wageFenPerDay: row.wage_fen_per_day,
      socialInsuranceFenPerDay: row.social_insurance_fen_per_day,
      otherCostsFenPerDay: row.other_costs_fen_per_day,
    };
    const flagged = belowCost({ receivedFen, paidFen }, costs);
    await repo.upsertMonth(trx, {
      agreement_id: id,
      resident_id: input.residentId,
      month: input.month,
      hours,
      received_fen: receivedFen,
      paid_fen: paidFen,
      below_cost: flagged,
      updated_at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: side === 'borrowing' ? 'sharing.money.received' : 'sharing.money.paid',
      targetType: 'sharing_agreement',
      targetId: id,
      before: before ? { hours: before.hours, receivedFen: before.received_fen, paidFen: before.paid_fen } : null,
      after: { residentId: input.residentId, month: input.month, hours, receivedFen, paidFen, belowCost: flagged },
    });
  });
  return getOwnAgreement(ctx, id);
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}

/** The borrowing firm records a worker's hours in a month; what it pays is hours × the agreed cost an hour. */
export function recordPayment(
  ctx: ActorContext,
  id: number,
  input: { residentId: number; month: string; hours: number },
) {
  return recordMonth(ctx, id, 'borrowing', input);
}

/** The lending firm records what it paid the worker for that month. */
export function recordWage(
  ctx: ActorContext,
  id: number,
  input: { residentId: number; month: string; paidFen: number },
) {
  return recordMonth(ctx, id, 'lending', input);
}

// ── The street's board ──

export async function board(ctx: ActorContext) {
  const [posts, agreements, flags, figures, unreturned] = await Promise.all([
    repo.openPostsInScope(ctx.db, ctx.actor, today(ctx)),
    repo.agreementsInScope(ctx.db, ctx.actor),
    repo.flagsInScope(ctx.db, ctx.actor),
    repo.figuresInScope(ctx.db, ctx.actor),
    repo.unreturnedInScope(ctx.db, ctx.actor),
  ]);
  // Kept past the end date: a query-time rule over the workers not yet back (ADR 0067).
  const kept = unreturned
    .map((w) => ({
      agreementId: w.agreement_id,
      residentId: w.resident_id,
      name: w.name,
      lendingName: w.lending_name,
      borrowingName: w.borrowing_name,
      endDate: w.end_date,
      days: daysKeptPastEnd({ status: w.status, endDate: w.end_date, returnedOn: w.returned_on }, today(ctx)),
    }))
    .filter((w) => w.days > 0);
  return {
    figures: {
      openSurplus: posts.filter((p) => p.kind === 'surplus').length,
      openShortage: posts.filter((p) => p.kind === 'shortage').length,
      activeAgreements: figures.agreements,
      workersShared: figures.workers,
      workerDays: figures.days,
      flags: flags.length,
      keptPastEnd: kept.length,
    },
    posts: posts.map((p) => presentPost(p, today(ctx))),
    agreements: await presentMany(ctx, agreements),
    flags: flags.map((f) => ({
      ...presentMonth(f, f),
      agreementId: f.agreement_id,
      lendingName: f.lending_name,
      borrowingName: f.borrowing_name,
    })),
    keptPastEnd: kept,
  };
}
