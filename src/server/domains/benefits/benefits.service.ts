/**
 * Benefits use cases (SPEC §3.3): the catalog and its versioned rules,
 * eligibility for one subject and for a whole street, applications through
 * two reviews to a payment batch, 免申即享 batches, outreach campaigns with
 * door visits, and suggestions raised by triggers.
 */
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import {
  APPLICATION_STEPS,
  acceptsMaterials,
  reviewActions,
  transitionFor,
  type ApplicationAction,
} from '../../../shared/benefits-workflow';
import { FACTS, ruleProblems, type Facts, type PolicyTarget, type RuleNode } from '../../../shared/benefits-rules';
import { businessDay } from '../../../shared/dates';
import type { Locale } from '../../../shared/errors';
import type * as schemas from '../../../shared/schemas/benefits';
import type { Benefit, Eligibility } from '../../../shared/schemas/benefits';
import type { ActorContext } from '../../context';
import type { Actor } from '../../core/actor';
import { uniqueViolation } from '../../db/errors';
import type { BenefitApplicationStatus, Database } from '../../db/types';
import { AppError, FieldError, notFound } from '../../core/app-error';
import { pathInScope } from '../../http/scope';
import { recordAudit } from '../../platform/audit';
import type { FileStorage } from '../../platform/files';
import { storeUpload } from '../../platform/files';
import { notifyUsers, queueSms, staffCoveringArea } from '../../platform/notifications';
import * as repo from './benefits.repository';
import { presentApplication, presentCampaign, presentPolicy, presentSnapshot, presentTask } from './benefits.presenter';
import { enterpriseFacts, evaluate, personFacts, type EvaluationResult } from './eligibility';

type Trx = Transaction<Database>;
type Q = ActorContext['db'] | Trx;

const STATUS_WORDS: Record<BenefitApplicationStatus, Record<Locale, string>> = {
  submitted: { 'zh-CN': '已提交，待社区审核', en: 'submitted, awaiting community review' },
  community_approved: { 'zh-CN': '社区已审核，待街道审核', en: 'community approved, awaiting street review' },
  approved: { 'zh-CN': '街道已审核通过，待发放', en: 'approved, awaiting payment' },
  disbursed: { 'zh-CN': '已发放', en: 'paid' },
  rejected: { 'zh-CN': '未通过', en: 'rejected' },
  returned: { 'zh-CN': '退回补充材料', en: 'returned for more material' },
};

// ── facts and evaluation ─────────────────────────────────────────────────

export interface LoadedSubject {
  id: number;
  name: string;
  phone: string;
  areaId: number;
  facts: Facts;
}

/** Facts of many subjects in one query each, derived the same way the SQL compiler derives them. */
export async function loadSubjects(
  db: Q,
  target: PolicyTarget,
  ids: readonly number[],
  today: string,
  scope?: Actor,
): Promise<Map<number, LoadedSubject>> {
  const map = new Map<number, LoadedSubject>();
  if (target === 'person') {
    for (const r of await repo.personFactRows(db, ids, scope))
      map.set(r.id, { id: r.id, name: r.name, phone: r.phone, areaId: r.area_id, facts: personFacts(r, today) });
  } else {
    for (const e of await repo.enterpriseFactRows(db, ids, today, scope))
      map.set(e.id, { id: e.id, name: e.name, phone: e.phone, areaId: e.area_id, facts: enterpriseFacts(e, today) });
  }
  return map;
}

export function amountFor(benefit: Benefit, facts: Facts): number {
  if (benefit.kind === 'fixed') return benefit.amountFen;
  if (benefit.kind === 'loan') return benefit.maxFen;
  const units = (facts as unknown as Record<string, number | null>)[benefit.fact] ?? 0;
  const amount = benefit.amountFen * Math.max(0, units);
  return benefit.capFen === null ? amount : Math.min(amount, benefit.capFen);
}

function toEligibility(result: EvaluationResult, version: number): Eligibility {
  return { ...result, version };
}

/** The reason a suggestion gives: the conditions that hold, in words. */
function reasonOf(result: EvaluationResult, locale: Locale): string {
  const [open, close, separator] = locale === 'zh-CN' ? ['（', '）', '；'] : [' (', ')', '; '];
  return result.conditions
    .filter((c) => c.outcome === 'yes' && c.actual !== null)
    .map((c) => `${c.text}${open}${c.actual}${close}`)
    .join(separator);
}

// ── the catalog ──────────────────────────────────────────────────────────

type CreatePolicyInput = z.output<typeof schemas.createPolicy>;
type UpdatePolicyInput = z.output<typeof schemas.updatePolicy>;

function streetOf(ctx: ActorContext): number {
  const street = ctx.actor.areas.find((a) => a.level === 'street') ?? ctx.actor.areas[0];
  if (!street) throw new AppError('FORBIDDEN');
  return street.id;
}

function homeAreas(ctx: ActorContext): Promise<number[]> {
  return ctx.db
    .selectFrom('residents')
    .select('area_id')
    .where('id', '=', ctx.actor.residentId ?? -1)
    .unionAll(
      ctx.db
        .selectFrom('enterprises')
        .select('area_id')
        .where('id', 'in', ctx.actor.enterprises.length ? ctx.actor.enterprises.map((e) => e.id) : [-1]),
    )
    .execute()
    .then((rows) => rows.map((r) => r.area_id));
}

async function policyFor(ctx: ActorContext, id: number): Promise<repo.PolicyRow> {
  const row =
    ctx.actor.kind === 'staff'
      ? await repo.findPolicyForStaff(ctx.db, ctx.actor, id)
      : await repo.findPublishedPolicyCovering(ctx.db, id, await homeAreas(ctx));
  if (!row) throw notFound();
  return row;
}

export async function listPolicies(ctx: ActorContext, query: z.output<typeof schemas.policyListQuery>) {
  const homeAreaIds = ctx.actor.kind === 'staff' ? [] : await homeAreas(ctx);
  const { rows, total } = await repo.listPolicies(
    ctx.db,
    ctx.actor,
    { status: query.status, target: query.target, homeAreaIds },
    query.page,
    query.pageSize,
  );
  return { items: rows.map(presentPolicy), total, page: query.page, pageSize: query.pageSize };
}

export async function getPolicy(ctx: ActorContext, id: number) {
  return presentPolicy(await policyFor(ctx, id));
}

function policyColumns(input: Partial<CreatePolicyInput>) {
  const v: Record<string, unknown> = {};
  if (input.title !== undefined) v.title = input.title;
  if (input.category !== undefined) v.category = input.category;
  if (input.summary !== undefined) v.summary = input.summary;
  if (input.benefit !== undefined) v.benefit = JSON.stringify(input.benefit);
  if (input.legalBasis !== undefined) v.legal_basis = input.legalBasis;
  if (input.validFrom !== undefined) v.valid_from = input.validFrom;
  if (input.validTo !== undefined) v.valid_to = input.validTo;
  if (input.mode !== undefined) v.mode = input.mode;
  if (input.materials !== undefined) v.materials = JSON.stringify(input.materials);
  if (input.stationId !== undefined) v.station_id = input.stationId;
  if (input.faq !== undefined) v.faq = JSON.stringify(input.faq);
  if (input.rule !== undefined) v.draft_rule = JSON.stringify(input.rule);
  return v;
}

function auditShape(row: repo.PolicyRow) {
  const p = presentPolicy(row);
  return {
    code: p.code,
    title: p.title,
    category: p.category,
    target: p.target,
    benefit: p.benefit,
    mode: p.mode,
    status: p.status,
    version: p.version,
    rule: p.rule,
    validFrom: p.validFrom,
    validTo: p.validTo,
  };
}

export async function createPolicy(ctx: ActorContext, input: CreatePolicyInput) {
  const areaId = streetOf(ctx);
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      const { id } = await repo.insertPolicy(trx, {
        area_id: areaId,
        code: input.code,
        title: input.title,
        category: input.category,
        target: input.target,
        summary: input.summary,
        benefit: JSON.stringify(input.benefit),
        legal_basis: input.legalBasis,
        valid_from: input.validFrom,
        valid_to: input.validTo,
        mode: input.mode,
        materials: JSON.stringify(input.materials),
        station_id: input.stationId,
        faq: JSON.stringify(input.faq),
        draft_rule: JSON.stringify(input.rule),
        current_version: null,
        created_by_user_id: ctx.actor.userId,
        created_at: ctx.now,
        updated_at: ctx.now,
      });
      const row = (await repo.findPolicyById(trx, id))!;
      await recordAudit(trx, ctx, {
        action: 'benefit_policy.create',
        targetType: 'benefit_policy',
        targetId: id,
        after: auditShape(row),
      });
      return id;
    });
    return getPolicy(ctx, id);
  } catch (err) {
    if (uniqueViolation(err) === 'benefit_policies_code_key') throw new AppError('DUPLICATE_POLICY_CODE');
    throw err;
  }
}

export async function updatePolicy(ctx: ActorContext, id: number, input: UpdatePolicyInput) {
  const current = await policyFor(ctx, id);
  // the target is fixed, so the rule is checked against the stored one
  if (input.rule) {
    const problem = ruleProblems(input.rule, current.target)[0];
    if (problem) throw new FieldError(['rule', ...problem.path].join('.'), problem.problem);
  }
  if (input.benefit?.kind === 'per_unit') {
    if (FACTS[input.benefit.fact].target !== current.target)
      throw new FieldError('benefit.fact', 'fact_not_for_target');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockPolicy(trx, id);
    const before = (await repo.findPolicyById(trx, id))!;
    await repo.updatePolicyRow(trx, id, { ...policyColumns(input), updated_at: ctx.now });
    const after = (await repo.findPolicyById(trx, id))!;
    await recordAudit(trx, ctx, {
      action: 'benefit_policy.update',
      targetType: 'benefit_policy',
      targetId: id,
      before: auditShape(before),
      after: auditShape(after),
    });
  });
  return getPolicy(ctx, id);
}

export async function previewRule(ctx: ActorContext, input: { target: PolicyTarget; rule: RuleNode }) {
  const counts = await repo.countEligible(ctx.db, input.target, input.rule, businessDay(ctx.now), ctx.actor.areaPaths);
  return { ...counts, scope: ctx.actor.areas.map((a) => a.name).join('、') };
}

/** Publishing freezes the draft rule as the next version; what is counted then is kept beside it. */
export async function publishPolicy(ctx: ActorContext, id: number) {
  const current = await policyFor(ctx, id);
  const rule = current.draft_rule as RuleNode;
  const counts = await repo.countEligible(ctx.db, current.target, rule, businessDay(ctx.now), ctx.actor.areaPaths);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = (await repo.lockPolicy(trx, id))!;
    const version = (locked.current_version ?? 0) + 1;
    await repo.insertVersion(trx, {
      policy_id: id,
      version,
      rule,
      eligible_count: counts.eligible,
      unknown_count: counts.unknown,
      published_by_user_id: ctx.actor.userId,
      published_at: ctx.now,
    });
    await repo.updatePolicyRow(trx, id, { status: 'published', current_version: version, updated_at: ctx.now });
    await recordAudit(trx, ctx, {
      action: 'benefit_policy.publish',
      targetType: 'benefit_policy',
      targetId: id,
      after: { version, rule, ...counts },
    });
  });
  return getPolicy(ctx, id);
}

/**
 * Stops a published policy (停用): it leaves residents' and employers' lists, and new
 * applications, campaigns and automatic grants are refused; applications already
 * made finish their review under the version they were made with. Publishing
 * again starts a new version.
 */
export async function withdrawPolicy(ctx: ActorContext, id: number) {
  await policyFor(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = (await repo.lockPolicy(trx, id))!;
    if (locked.status !== 'published') throw new AppError('POLICY_NOT_PUBLISHED');
    await repo.updatePolicyRow(trx, id, { status: 'withdrawn', updated_at: ctx.now });
    await recordAudit(trx, ctx, {
      action: 'benefit_policy.withdraw',
      targetType: 'benefit_policy',
      targetId: id,
      before: { status: 'published' },
      after: { status: 'withdrawn' },
    });
  });
  return getPolicy(ctx, id);
}

export async function policyVersions(ctx: ActorContext, id: number) {
  await policyFor(ctx, id);
  const rows = await repo.listVersions(ctx.db, id);
  return {
    items: rows.map((v) => ({
      version: v.version,
      rule: v.rule as RuleNode,
      publishedAt: v.published_at.toISOString(),
      publishedBy: v.display_name,
      eligibleCount: v.eligible_count,
      unknownCount: v.unknown_count,
    })),
  };
}

function publishedRule(row: Pick<repo.PolicyRow, 'status' | 'current_version' | 'published_rule'>): {
  rule: RuleNode;
  version: number;
} {
  if (row.status !== 'published' || row.current_version === null || !row.published_rule)
    throw new AppError('POLICY_NOT_PUBLISHED');
  return { rule: row.published_rule as RuleNode, version: row.current_version };
}

/** One subject against a policy's published rule, with reasons; staff only within their areas. */
export async function evaluateSubject(
  ctx: ActorContext,
  policyId: number,
  query: { residentId?: number | undefined; enterpriseId?: number | undefined },
) {
  const today = businessDay(ctx.now);
  // staff: the scope check is part of loading the facts (outside their areas → not found)
  const scope = ctx.actor.kind === 'staff' ? ctx.actor : undefined;
  const homeAreaIds = ctx.actor.kind === 'staff' ? [] : await homeAreas(ctx);
  // The reasons name a person's age and sensitive labels (就业困难人员, 残疾人 …): a staff read is a reveal,
  // audited by the same statement that reads the facts, and only when it found them (ADR 0039).
  const reveal =
    ctx.actor.kind === 'staff' && query.residentId
      ? {
          ctx,
          entry: {
            action: 'benefit.evaluate_person',
            targetType: 'resident',
            targetId: query.residentId,
            after: { policyId },
          },
        }
      : undefined;
  // the policy and the subject's facts in one statement
  const found = await repo.policyWithSubject(ctx.db, ctx.actor, policyId, homeAreaIds, query, today, scope, reveal);
  if (!found) throw notFound();
  const { rule, version } = publishedRule(found);
  const subjectId = found.target === 'person' ? query.residentId : query.enterpriseId;
  if (!subjectId) throw new FieldError(found.target === 'person' ? 'residentId' : 'enterpriseId', 'required');
  if (ctx.actor.kind === 'resident' && !(await subjectVisible(ctx, found.target, subjectId))) throw notFound();
  const facts =
    found.target === 'person'
      ? found.person && personFacts(found.person, today)
      : found.enterprise && enterpriseFacts(found.enterprise, today);
  if (!facts) throw notFound();
  return toEligibility(evaluate(rule, facts, ctx.actor.locale), version);
}

/**
 * A resident against a policy's published rule, found by its code: what another capability snapshots with its
 * own record (a guarantee loan keeps the 创业担保贷款 policy's answer and reasons). Null when the policy is not
 * published or the resident does not exist; the caller has checked its own scope.
 */
export async function evaluateResidentForPolicy(
  db: Q,
  code: string,
  residentId: number,
  now: Date,
  locale: Locale,
): Promise<(Eligibility & { policyId: number; policyTitle: string }) | null> {
  const policy = await repo.findPolicyByCode(db, code);
  if (!policy || policy.status !== 'published' || policy.target !== 'person') return null;
  const { rule, version } = publishedRule(policy);
  const subject = (await loadSubjects(db, 'person', [residentId], businessDay(now))).get(residentId);
  if (!subject) return null;
  return {
    ...toEligibility(evaluate(rule, subject.facts, locale), version),
    policyId: policy.id,
    policyTitle: policy.title,
  };
}

async function subjectVisible(ctx: ActorContext, target: PolicyTarget, id: number): Promise<boolean> {
  if (ctx.actor.kind === 'resident') {
    return target === 'person' ? ctx.actor.residentId === id : ctx.actor.enterprises.some((e) => e.id === id);
  }
  return !!(await repo.subjectInScope(ctx.db, ctx.actor, target, id));
}

/** "Policies for me": every published policy for the resident and each of their enterprises that they qualify for, may qualify for, or have applied to. */
export async function policiesForMe(ctx: ActorContext) {
  const today = businessDay(ctx.now);
  const residentId = ctx.actor.residentId;
  const enterpriseIds = ctx.actor.enterprises.map((e) => e.id);
  const areaIds = await homeAreas(ctx);
  const [persons, enterprises, policies, apps, awards, suggestions] = await Promise.all([
    residentId
      ? loadSubjects(ctx.db, 'person', [residentId], today)
      : Promise.resolve(new Map<number, LoadedSubject>()),
    loadSubjects(ctx.db, 'enterprise', enterpriseIds, today),
    repo.listPolicies(ctx.db, ctx.actor, { homeAreaIds: areaIds }, 1, 100),
    repo.applicationsOfSubjects(ctx.db, residentId, enterpriseIds),
    repo.awardsOfSubjects(ctx.db, residentId, enterpriseIds),
    repo.suggestionsOfSubjects(ctx.db, residentId, enterpriseIds),
  ]);
  const items: z.output<typeof schemas.policyForMe>[] = [];
  for (const p of policies.rows) {
    if (!p.published_rule || p.current_version === null) continue;
    const subjects = p.target === 'person' ? [...persons.values()] : [...enterprises.values()];
    for (const s of subjects) {
      const key = (r: { resident_id: number | null; enterprise_id: number | null }) =>
        p.target === 'person' ? r.resident_id === s.id : r.enterprise_id === s.id;
      const application = apps.filter((a) => a.policy_id === p.id && key(a)).at(-1) ?? null;
      const award = awards.find((a) => a.policy_id === p.id && key(a)) ?? null;
      const result = evaluate(p.published_rule as RuleNode, s.facts, ctx.actor.locale);
      if (result.outcome === 'not_eligible' && !application && !award) continue;
      const suggestion = suggestions.find((x) => x.policy_id === p.id && key(x));
      items.push({
        policy: presentPolicy(p),
        subject: { kind: p.target, id: s.id, name: s.name },
        eligibility: toEligibility(result, p.current_version),
        suggestion: suggestion ? { reason: suggestion.reason, at: suggestion.created_at.toISOString() } : null,
        application: application ? { id: application.id, status: application.status } : null,
        awarded: !!award,
        amountFen: award ? award.amount_fen : amountFor(p.benefit as Benefit, s.facts),
      });
    }
  }
  const rank = (i: (typeof items)[number]) =>
    i.application || i.awarded ? 2 : i.eligibility.outcome === 'eligible' ? 0 : 1;
  items.sort((a, b) => rank(a) - rank(b));
  return { items };
}

// ── applications ─────────────────────────────────────────────────────────

async function notifyApplicant(
  trx: Trx,
  row: {
    id: number;
    resident_id: number | null;
    enterprise_id: number | null;
    submitted_by_user_id: number;
    policy_title: string;
  },
  status: BenefitApplicationStatus,
) {
  const users = await repo.usersOfSubject(trx, row.resident_id, row.enterprise_id);
  await notifyUsers(trx, [...users, row.submitted_by_user_id], {
    kind: 'benefits.application',
    text: { template: 'benefits.application', params: { policy: row.policy_title, status: STATUS_WORDS[status] } },
    link: `/benefits/applications/${row.id}`,
    data: { applicationId: row.id, status },
    dedupeKey: `benefits.application.${row.id}.${status}.${Date.now()}`,
  });
}

type AssistedConsent = z.output<typeof schemas.assistedConsent>;

/**
 * What applying checks before anything is written: the policy is published and
 * takes applications, the subject is visible to the caller and not refused by
 * the rule; an officer filing for a person brings the person's consent (代办).
 */
async function prepareApplication(
  ctx: ActorContext,
  input: { policyId: number; residentId?: number | undefined; enterpriseId?: number | undefined },
  consent: AssistedConsent | undefined,
) {
  const policy = await policyFor(ctx, input.policyId);
  const { rule, version } = publishedRule(policy);
  if (policy.mode === 'automatic') throw new AppError('POLICY_AUTOMATIC');
  const field = policy.target === 'person' ? 'residentId' : 'enterpriseId';
  let subjectId = policy.target === 'person' ? input.residentId : input.enterpriseId;
  if (!subjectId && ctx.actor.kind === 'resident' && policy.target === 'person')
    subjectId = ctx.actor.residentId ?? undefined;
  if (
    !subjectId &&
    ctx.actor.kind === 'resident' &&
    policy.target === 'enterprise' &&
    ctx.actor.enterprises.length === 1
  )
    subjectId = ctx.actor.enterprises[0]!.id;
  if (!subjectId) throw new FieldError(field, 'required');
  if (!(await subjectVisible(ctx, policy.target, subjectId))) throw notFound();
  if (ctx.actor.kind === 'staff' && policy.target === 'person' && !consent) throw new FieldError('consent', 'required');
  const today = businessDay(ctx.now);
  const subject = (await loadSubjects(ctx.db, policy.target, [subjectId], today)).get(subjectId);
  if (!subject) throw notFound();
  const result = evaluate(rule, subject.facts, ctx.actor.locale);
  if (result.outcome === 'not_eligible') {
    const reasons = result.conditions
      .filter((c) => c.outcome === 'no' && c.actual !== null)
      .map((c) => c.text)
      .join('；');
    throw new AppError('NOT_ELIGIBLE', { reasons }, { eligibility: toEligibility(result, version) });
  }
  return { policy, version, subjectId, subject, result };
}

/** Writes an application inside the caller's transaction: the row, the consent of a 代办, its event, audit and notices. */
async function fileApplication(
  trx: Trx,
  ctx: ActorContext,
  p: Awaited<ReturnType<typeof prepareApplication>>,
  note: string | null,
  consent: AssistedConsent | undefined,
  via?: { visitOfTask: number },
): Promise<number> {
  const { policy, version, subjectId, subject, result } = p;
  const onBehalf = ctx.actor.kind === 'staff';
  const consentRow =
    onBehalf && consent && policy.target === 'person'
      ? await repo.insertConsent(trx, {
          resident_id: subjectId,
          purpose: 'benefit_application',
          scope: JSON.stringify({
            policyId: policy.id,
            policyTitle: policy.title,
            // what goes to the reviewers: the facts the rule reads, and the materials to be attached
            facts: Object.keys(subject.facts),
            materials: policy.materials,
            ...(consent.witness ? { witness: consent.witness } : {}),
            ...(via ? { visitOfTask: via.visitOfTask } : {}),
          }),
          method: consent.consentMethod,
          recorded_by_user_id: ctx.actor.userId,
          granted_at: ctx.now,
        })
      : null;
  let id: number;
  try {
    ({ id } = await repo.insertApplication(trx, {
      policy_id: policy.id,
      policy_version: version,
      resident_id: policy.target === 'person' ? subjectId : null,
      enterprise_id: policy.target === 'enterprise' ? subjectId : null,
      area_id: subject.areaId,
      submitted_by_user_id: ctx.actor.userId,
      on_behalf: onBehalf,
      consent_id: consentRow?.id ?? null,
      facts: JSON.stringify(subject.facts),
      eligibility: JSON.stringify(toEligibility(result, version)),
      suggested_amount_fen: amountFor(policy.benefit as Benefit, subject.facts),
      created_at: ctx.now,
      updated_at: ctx.now,
    }));
  } catch (err) {
    const u = uniqueViolation(err);
    if (u === 'benefit_applications_resident_uq' || u === 'benefit_applications_enterprise_uq')
      throw new AppError('DUPLICATE_APPLICATION');
    throw err;
  }
  await repo.insertEvent(trx, {
    application_id: id,
    action: 'submit',
    from_status: null,
    to_status: 'submitted',
    actor_user_id: ctx.actor.userId,
    note,
    at: ctx.now,
  });
  await recordAudit(trx, ctx, {
    action: 'benefit_application.submit',
    targetType: 'benefit_application',
    targetId: id,
    after: {
      policyId: policy.id,
      version,
      subject: { kind: policy.target, id: subjectId },
      onBehalf,
      outcome: result.outcome,
      ...(consentRow ? { consentId: consentRow.id, consentMethod: consent!.consentMethod } : {}),
      ...(via ? { visitOfTask: via.visitOfTask } : {}),
    },
  });
  const community = (await staffCoveringArea(trx, subject.areaId, ['community_officer'])).filter(
    (u) => u !== ctx.actor.userId,
  );
  // nobody else in the community may review what its only officer filed: the street takes it
  const officers = community.length
    ? community
    : (await staffCoveringArea(trx, subject.areaId, ['street_officer'])).filter((u) => u !== ctx.actor.userId);
  await notifyUsers(trx, officers, {
    kind: 'benefits.review',
    text: { template: 'benefits.review.community', params: { subject: subject.name, policy: policy.title } },
    link: `/staff/benefits/reviews/${id}`,
    data: { applicationId: id },
    dedupeKey: `benefits.review.${id}.submitted`,
  });
  return id;
}

export async function createApplication(ctx: ActorContext, input: z.output<typeof schemas.createApplication>) {
  const prepared = await prepareApplication(ctx, input, input.consent);
  const id = await ctx.db
    .transaction()
    .execute((trx) => fileApplication(trx, ctx, prepared, input.note ?? null, input.consent));
  return getApplication(ctx, id);
}

async function applicationFor(ctx: ActorContext, id: number) {
  const row = await repo.findApplication(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  return row;
}

function isApplicantSide(ctx: ActorContext, row: repo.ApplicationRow): boolean {
  return (
    row.submitted_by_user_id === ctx.actor.userId ||
    (row.resident_id !== null && row.resident_id === ctx.actor.residentId) ||
    (row.enterprise_id !== null && ctx.actor.enterprises.some((e) => e.id === row.enterprise_id))
  );
}

/** Required materials with no uploaded file under their name yet. */
function missingMaterials(row: repo.ApplicationRow, uploaded: readonly { material: string }[]): string[] {
  const have = new Set(uploaded.map((m) => m.material));
  return row.required_materials.filter((m) => !have.has(m));
}

type Blocker = { kind: 'materials_missing' | 'not_eligible'; text: string };

/**
 * Why an approval would be refused (SPEC §3.3: nothing is approved while required
 * materials are missing or eligibility is not met, unless an audited override gives a reason).
 */
function approvalBlockers(row: repo.ApplicationRow, missing: readonly string[], locale: Locale): Blocker[] {
  const zh = locale === 'zh-CN';
  const blockers: Blocker[] = [];
  if (missing.length > 0)
    blockers.push({
      kind: 'materials_missing',
      text: zh ? `缺少材料：${missing.join('、')}` : `materials missing: ${missing.join(', ')}`,
    });
  const eligibility = row.eligibility as Eligibility;
  if (eligibility.outcome !== 'eligible') {
    const unknown = eligibility.outcome === 'unknown';
    const detail = unknown ? eligibility.missing.join(zh ? '、' : ', ') : '';
    blockers.push({
      kind: 'not_eligible',
      text: zh
        ? unknown
          ? `申请时资格未能确定${detail ? `（缺少：${detail}）` : ''}`
          : '申请时的资格认定为不符合'
        : unknown
          ? `eligibility was not settled when applied${detail ? ` (missing: ${detail})` : ''}`
          : 'the eligibility recorded when applied is "not eligible"',
    });
  }
  return blockers;
}

/**
 * Community officers who could take the community review: those covering the
 * application's area, except the one who filed it (they never review their own).
 */
async function otherCommunityReviewers(db: Q, row: repo.ApplicationRow): Promise<number[]> {
  const officers = await staffCoveringArea(db, row.area_id, ['community_officer']);
  return officers.filter((id) => id !== row.submitted_by_user_id);
}

/**
 * The role whose review the caller takes. A street officer takes the community's
 * when the community's only officer filed the application on someone's behalf
 * (nobody else there may review it); never the street officer who filed it.
 */
async function reviewRoleOf(ctx: ActorContext, row: repo.ApplicationRow): Promise<string> {
  if (
    ctx.actor.role === 'street_officer' &&
    row.status === 'submitted' &&
    (await otherCommunityReviewers(ctx.db, row)).length === 0
  )
    return 'community_officer';
  return ctx.actor.role;
}

async function actionsFor(ctx: ActorContext, row: repo.ApplicationRow): Promise<ApplicationAction[]> {
  const actions: ApplicationAction[] = [];
  if (
    ctx.actor.kind === 'staff' &&
    row.submitted_by_user_id !== ctx.actor.userId &&
    row.community_reviewer_user_id !== ctx.actor.userId
  )
    actions.push(...reviewActions(row.status, await reviewRoleOf(ctx, row)));
  if (row.status === 'returned' && isApplicantSide(ctx, row)) actions.push('resubmit');
  return actions;
}

export async function getApplication(ctx: ActorContext, id: number) {
  const row = await applicationFor(ctx, id);
  const [events, materials] = await Promise.all([repo.eventsOf(ctx.db, id), repo.materialsOf(ctx.db, id)]);
  return {
    ...presentApplication(row),
    snapshot: presentSnapshot(row),
    events: events.map((e) => ({
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      actorName: e.display_name,
      note: e.note,
      at: e.at.toISOString(),
    })),
    materials: materials.map((m) => ({
      id: m.id,
      fileId: m.file_id,
      name: m.original_name,
      material: m.material,
      mime: m.mime,
      sizeBytes: m.size_bytes,
      at: m.at.toISOString(),
    })),
    requiredMaterials: row.required_materials,
    missingMaterials: missingMaterials(row, materials),
    approvalBlockers: approvalBlockers(row, missingMaterials(row, materials), ctx.actor.locale),
    actions: await actionsFor(ctx, row),
    canUpload: acceptsMaterials(row.status) && (isApplicantSide(ctx, row) || ctx.actor.kind === 'staff'),
  };
}

/**
 * One uploaded material, for whoever may see its application (the applicant
 * side, or staff whose scope covers it): the bytes, with its type and name.
 * Staff opening someone's documents is a reveal, so it is audited.
 */
export async function readMaterial(ctx: ActorContext, files: FileStorage, applicationId: number, materialId: number) {
  await applicationFor(ctx, applicationId);
  const m = (await repo.materialsOf(ctx.db, applicationId)).find((x) => x.id === materialId);
  if (!m) throw notFound();
  const key = await repo.storageKeyOf(ctx.db, m.file_id);
  if (!key) throw notFound();
  const data = await files.get(key);
  if (ctx.actor.kind === 'staff') {
    await ctx.db.transaction().execute((trx) =>
      recordAudit(trx, ctx, {
        action: 'benefit.material_open',
        targetType: 'benefit_application',
        targetId: applicationId,
        after: { materialId, material: m.material },
      }),
    );
  }
  return { data, mime: m.mime, name: m.original_name };
}

export async function listApplications(ctx: ActorContext, query: z.output<typeof schemas.applicationListQuery>) {
  const { rows, total } = await repo.listApplications(ctx.db, ctx.actor, query, query.page, query.pageSize);
  return { items: rows.map(presentApplication), total, page: query.page, pageSize: query.pageSize };
}

export async function addMaterial(
  ctx: ActorContext,
  files: FileStorage,
  id: number,
  upload: { material: string; originalName: string; data: Buffer },
) {
  const row = await applicationFor(ctx, id);
  if (!(isApplicantSide(ctx, row) || ctx.actor.kind === 'staff')) throw notFound();
  if (!acceptsMaterials(row.status))
    throw new AppError('INVALID_TRANSITION', { status: STATUS_WORDS[row.status][ctx.actor.locale] });
  const material = upload.material.trim().slice(0, 100);
  if (!material) throw new FieldError('material', 'required');
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await storeUpload(trx, files, {
      ownerUserId: ctx.actor.userId,
      purpose: 'benefit_application',
      originalName: upload.originalName,
      data: upload.data,
      field: 'file',
    });
    await repo.insertMaterial(trx, {
      application_id: id,
      file_id: stored.id,
      material,
      uploaded_by_user_id: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'benefit_application.material',
      targetType: 'benefit_application',
      targetId: id,
      after: { material, fileId: stored.id, mime: stored.mime, sizeBytes: stored.sizeBytes },
    });
  });
  return getApplication(ctx, id);
}

export async function actOnApplication(
  ctx: ActorContext,
  id: number,
  input: z.output<typeof schemas.applicationActionInput>,
) {
  const row = await applicationFor(ctx, id);
  const transition = transitionFor(row.status, input.action);
  if (!transition) throw new AppError('INVALID_TRANSITION', { status: STATUS_WORDS[row.status][ctx.actor.locale] });
  if (transition.by === 'applicant') {
    if (!isApplicantSide(ctx, row)) throw new AppError('FORBIDDEN');
  } else {
    if (ctx.actor.kind !== 'staff' || (await reviewRoleOf(ctx, row)) !== transition.by) throw new AppError('FORBIDDEN');
    // separation of duties: the database refuses it too (CHECK on the reviewer columns)
    if (row.submitted_by_user_id === ctx.actor.userId) throw new AppError('SELF_REVIEW');
    if (row.community_reviewer_user_id === ctx.actor.userId) throw new AppError('SAME_REVIEWER');
  }
  const approving = input.action === 'community_approve' || input.action === 'street_approve';
  const blockers = approving
    ? approvalBlockers(row, missingMaterials(row, await repo.materialsOf(ctx.db, id)), ctx.actor.locale)
    : [];
  if (blockers.length > 0 && !input.overrideReason)
    throw new AppError(
      'APPROVAL_BLOCKED',
      { problems: blockers.map((b) => b.text).join(ctx.actor.locale === 'zh-CN' ? '；' : '; ') },
      { blockers },
    );
  const override =
    blockers.length > 0 ? { reason: input.overrideReason!, blockers: blockers.map((b) => b.kind) } : null;
  const values: Record<string, unknown> = { status: transition.to, updated_at: ctx.now };
  if (input.action === 'community_approve') values.community_reviewer_user_id = ctx.actor.userId;
  if (input.action === 'street_approve') {
    values.street_reviewer_user_id = ctx.actor.userId;
    values.amount_fen = input.amountFen ?? row.suggested_amount_fen ?? 0;
  }
  if (input.action === 'reject' || input.action === 'return') values.reason = input.reason;
  if (input.action === 'resubmit') values.reason = null;
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repo.moveApplication(trx, id, row.status, values);
    if (!moved) throw new AppError('CONFLICT');
    await repo.insertEvent(trx, {
      application_id: id,
      action: input.action,
      from_status: row.status,
      to_status: transition.to,
      actor_user_id: ctx.actor.userId,
      note: override
        ? [input.note, `${ctx.actor.locale === 'zh-CN' ? '放行理由' : 'Override'}: ${override.reason}`]
            .filter(Boolean)
            .join(' · ')
        : (input.reason ?? input.note ?? null),
      at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: `benefit_application.${input.action}`,
      targetType: 'benefit_application',
      targetId: id,
      before: { status: row.status },
      after: {
        status: transition.to,
        amountFen: values.amount_fen ?? null,
        reason: input.reason ?? null,
        ...(override ? { override } : {}),
      },
    });
    await notifyApplicant(trx, row, transition.to);
    if (transition.to === 'community_approved') {
      const street = await staffCoveringArea(trx, row.area_id, ['street_officer']);
      await notifyUsers(trx, street, {
        kind: 'benefits.review',
        text: { template: 'benefits.review.street', params: { subject: row.subject_name, policy: row.policy_title } },
        link: `/staff/benefits/reviews/${id}`,
        dedupeKey: `benefits.review.${id}.street.${ctx.now.getTime()}`,
      });
    }
  });
  return getApplication(ctx, id);
}

// ── payment batches and 免申即享 ─────────────────────────────────────────

export async function automaticPreview(ctx: ActorContext, policyId: number) {
  const policy = await policyFor(ctx, policyId);
  const { rule } = publishedRule(policy);
  if (policy.mode !== 'automatic') throw new AppError('POLICY_NOT_AUTOMATIC');
  const today = businessDay(ctx.now);
  const rows = await repo.eligibleWithoutAward(ctx.db, policyId, policy.target, rule, today, ctx.actor.areaPaths);
  const subjects = await loadSubjects(
    ctx.db,
    policy.target,
    rows.map((r) => r.id),
    today,
  );
  let totalFen = 0;
  for (const s of subjects.values()) totalFen += amountFor(policy.benefit as Benefit, s.facts);
  return { count: rows.length, totalFen };
}

export async function createBatch(ctx: ActorContext, input: z.output<typeof schemas.createBatch>) {
  const areaId = streetOf(ctx);
  if (input.kind === 'applications') {
    const batchId = await ctx.db.transaction().execute(async (trx) => {
      const rows = [];
      for (const id of [...new Set(input.applicationIds)]) {
        const row = await repo.findApplication(trx, ctx.actor, id);
        if (!row) throw notFound();
        if (!transitionFor(row.status, 'disburse'))
          throw new AppError('INVALID_TRANSITION', { status: STATUS_WORDS[row.status][ctx.actor.locale] });
        rows.push(row);
      }
      const total = rows.reduce((s, r) => s + (r.amount_fen ?? 0), 0);
      const { id: batchId } = await repo.insertBatch(trx, {
        area_id: areaId,
        kind: 'applications',
        status: 'confirmed',
        policy_id: null,
        item_count: rows.length,
        total_fen: total,
        prepared_by_user_id: ctx.actor.userId,
        prepared_at: ctx.now,
        confirmed_by_user_id: ctx.actor.userId,
        confirmed_at: ctx.now,
      });
      for (const row of rows) {
        const moved = await repo.moveApplication(trx, row.id, 'approved', {
          status: 'disbursed',
          batch_id: batchId,
          updated_at: ctx.now,
        });
        if (!moved) throw new AppError('CONFLICT');
        await repo.insertEvent(trx, {
          application_id: row.id,
          action: 'disburse',
          from_status: 'approved',
          to_status: 'disbursed',
          actor_user_id: ctx.actor.userId,
          note: `#${batchId}`,
          at: ctx.now,
        });
        await notifyApplicant(trx, row, 'disbursed');
      }
      await repo.insertAwards(
        trx,
        rows.map((r) => ({
          policy_id: r.policy_id,
          policy_version: r.policy_version,
          resident_id: r.resident_id,
          enterprise_id: r.enterprise_id,
          area_id: r.area_id,
          amount_fen: r.amount_fen ?? 0,
          application_id: r.id,
          batch_id: batchId,
        })),
      );
      await recordAudit(trx, ctx, {
        action: 'benefit_batch.confirm',
        targetType: 'benefit_batch',
        targetId: batchId,
        after: { kind: 'applications', applications: rows.map((r) => r.id), totalFen: total },
      });
      return batchId;
    });
    return { id: batchId };
  }
  return prepareAutomaticBatch(ctx, input.policyId, areaId);
}

/**
 * A 免申即享 batch, step one (the maker): everyone eligible in scope without an
 * award is kept as a recipient row with their amount, community and the facts
 * the rule was evaluated on. Nobody is paid yet; a second street officer
 * reviews the list and confirms it. Preparing again while one is under review
 * returns that one (a retried request prepares nothing twice).
 */
async function prepareAutomaticBatch(ctx: ActorContext, policyId: number, areaId: number) {
  const policy = await policyFor(ctx, policyId);
  const { rule, version } = publishedRule(policy);
  if (policy.mode !== 'automatic') throw new AppError('POLICY_NOT_AUTOMATIC');
  const today = businessDay(ctx.now);
  const batchId = await ctx.db.transaction().execute(async (trx) => {
    await repo.lockPolicy(trx, policy.id);
    const pending = await repo.preparedBatchOf(trx, policy.id);
    if (pending) return pending.id;
    const rows = await repo.eligibleWithoutAward(trx, policy.id, policy.target, rule, today, ctx.actor.areaPaths);
    if (rows.length === 0) throw new AppError('NOTHING_TO_PAY');
    const [subjects, communities] = await Promise.all([
      loadSubjects(
        trx,
        policy.target,
        rows.map((r) => r.id),
        today,
      ),
      repo.communitiesOf(
        trx,
        rows.map((r) => r.area_id),
      ),
    ]);
    const items = [...subjects.values()].map((s) => ({ s, amount: amountFor(policy.benefit as Benefit, s.facts) }));
    const total = items.reduce((t, a) => t + a.amount, 0);
    const { id: batchId } = await repo.insertBatch(trx, {
      area_id: areaId,
      kind: 'automatic',
      status: 'prepared',
      policy_id: policy.id,
      policy_version: version,
      item_count: items.length,
      total_fen: total,
      prepared_by_user_id: ctx.actor.userId,
      prepared_at: ctx.now,
    });
    await repo.insertBatchItems(
      trx,
      items.map(({ s, amount }) => ({
        batch_id: batchId,
        resident_id: policy.target === 'person' ? s.id : null,
        enterprise_id: policy.target === 'enterprise' ? s.id : null,
        area_id: s.areaId,
        community_id: communities.get(s.areaId) ?? null,
        amount_fen: amount,
        facts: JSON.stringify(s.facts),
      })),
    );
    await recordAudit(trx, ctx, {
      action: 'benefit_batch.prepare',
      targetType: 'benefit_batch',
      targetId: batchId,
      after: { kind: 'automatic', policyId: policy.id, version, count: items.length, totalFen: total },
    });
    const checkers = (await staffCoveringArea(trx, areaId, ['street_officer'])).filter((u) => u !== ctx.actor.userId);
    await notifyUsers(trx, checkers, {
      kind: 'benefits.batch',
      text: { template: 'benefits.batch.review', params: { policy: policy.title, count: items.length } },
      link: `/staff/benefits/batches/${batchId}`,
      dedupeKey: `benefits.batch.${batchId}.prepared`,
    });
    return batchId;
  });
  return { id: batchId };
}

async function batchFor(ctx: ActorContext, id: number) {
  const row = await repo.findBatch(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  return row;
}

function presentBatch(b: repo.BatchRow) {
  return {
    id: b.id,
    kind: b.kind,
    status: b.status,
    policyTitle: b.policy_title,
    policyVersion: b.policy_version,
    count: b.item_count,
    totalFen: b.total_fen,
    preparedBy: b.prepared_by,
    preparedAt: b.prepared_at.toISOString(),
    confirmedBy: b.confirmed_by,
    confirmedAt: b.confirmed_at ? b.confirmed_at.toISOString() : null,
  };
}

/** 陈鹏飞 → 陈*; the community and the reasons tell recipients apart in the review. */
function maskedName(name: string): string {
  return name.length <= 1 ? name : `${name.slice(0, 1)}${'*'.repeat(Math.min(2, name.length - 1))}`;
}

export async function listBatches(ctx: ActorContext) {
  const rows = await repo.listBatches(ctx.db, ctx.actor);
  return { items: rows.map(presentBatch) };
}

/** A batch with every recipient: masked name, community, amount, the rule version's reasons, and what happened to them. */
export async function getBatch(ctx: ActorContext, id: number) {
  const b = await batchFor(ctx, id);
  const subject = (r: { resident_id: number | null; enterprise_id: number | null; name: string }) => ({
    kind: r.resident_id ? ('person' as const) : ('enterprise' as const),
    id: (r.resident_id ?? r.enterprise_id)!,
    name: r.resident_id ? maskedName(r.name) : r.name,
  });
  let recipients: z.output<typeof schemas.batchRecipient>[];
  if (b.kind === 'automatic') {
    const version = await repo.versionRule(ctx.db, b.policy_id!, b.policy_version!);
    const rule = version.rule as RuleNode;
    recipients = (await repo.batchItems(ctx.db, id)).map((r) => ({
      id: r.id,
      subject: subject(r),
      communityName: r.community_name,
      areaName: r.area_name,
      amountFen: r.amount_fen,
      eligibility: toEligibility(evaluate(rule, r.facts as Facts, ctx.actor.locale), b.policy_version!),
      excluded:
        r.exclusion_reason && r.excluded_at
          ? { reason: r.exclusion_reason, by: r.excluded_by ?? '', at: r.excluded_at.toISOString() }
          : null,
      state: r.exclusion_reason ? 'excluded' : r.awarded ? 'granted' : 'pending',
    }));
  } else {
    recipients = (await repo.batchApplications(ctx.db, id)).map((r) => ({
      id: r.id,
      subject: subject(r),
      communityName: r.community_name,
      areaName: r.area_name,
      amountFen: r.amount_fen ?? 0,
      eligibility: r.eligibility as Eligibility,
      excluded: null,
      state: 'paid',
    }));
  }
  const open = b.status === 'prepared';
  return {
    ...presentBatch(b),
    recipients,
    canExclude: open,
    canConfirm: open && b.prepared_by_user_id !== ctx.actor.userId,
  };
}

/** Leaves one recipient out of a batch under review, with a reason (audited); the count and total follow. */
export async function excludeRecipient(
  ctx: ActorContext,
  batchId: number,
  itemId: number,
  input: z.output<typeof schemas.excludeRecipient>,
) {
  await batchFor(ctx, batchId);
  if (!(await repo.findBatchItem(ctx.db, batchId, itemId))) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    const locked = (await repo.lockBatch(trx, batchId))!;
    if (locked.status !== 'prepared') throw new AppError('BATCH_CONFIRMED');
    const item = await repo.excludeBatchItem(trx, batchId, itemId, {
      by: ctx.actor.userId,
      at: ctx.now,
      reason: input.exclusionReason,
    });
    // already left out (a retried request): nothing more to do
    if (!item) return;
    await repo.refreshBatchTotals(trx, batchId);
    await recordAudit(trx, ctx, {
      action: 'benefit_batch.exclude',
      targetType: 'benefit_batch',
      targetId: batchId,
      after: {
        itemId,
        subject: item.resident_id
          ? { kind: 'person', id: item.resident_id }
          : { kind: 'enterprise', id: item.enterprise_id },
        amountFen: item.amount_fen,
        reason: input.exclusionReason,
      },
    });
  });
  return getBatch(ctx, batchId);
}

/**
 * A 免申即享 batch, step two (the checker): a street officer other than the one
 * who prepared it confirms the reviewed list; each recipient still in it gets
 * an award and is notified. The database refuses a confirmation by the maker too.
 */
export async function confirmBatch(ctx: ActorContext, batchId: number) {
  const b = await batchFor(ctx, batchId);
  if (b.kind !== 'automatic' || b.status !== 'prepared') throw new AppError('BATCH_CONFIRMED');
  if (b.prepared_by_user_id === ctx.actor.userId) throw new AppError('BATCH_SELF_CONFIRM');
  const policy = await policyFor(ctx, b.policy_id!);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = (await repo.lockBatch(trx, batchId))!;
    if (locked.status !== 'prepared') throw new AppError('BATCH_CONFIRMED');
    const items = await repo.includedItems(trx, batchId);
    if (items.length === 0) throw new AppError('NOTHING_TO_PAY');
    if (!(await repo.confirmBatchRow(trx, batchId, ctx.actor.userId, ctx.now))) throw new AppError('CONFLICT');
    try {
      await repo.insertAwards(
        trx,
        items.map((i) => ({
          policy_id: policy.id,
          policy_version: locked.policy_version!,
          resident_id: i.resident_id,
          enterprise_id: i.enterprise_id,
          area_id: i.area_id,
          amount_fen: i.amount_fen,
          application_id: null,
          batch_id: batchId,
        })),
      );
    } catch (err) {
      // someone in the list was granted this policy since it was prepared
      if (uniqueViolation(err)) throw new AppError('CONFLICT');
      throw err;
    }
    for (const i of items) {
      const users = await repo.usersOfSubject(trx, i.resident_id, i.enterprise_id);
      const yuan = (i.amount_fen / 100).toFixed(2);
      const key = `benefits.award.${policy.id}.${policy.target}.${i.resident_id ?? i.enterprise_id}`;
      await notifyUsers(trx, users, {
        kind: 'benefits.award',
        text: { template: 'benefits.award', params: { policy: policy.title, amount: yuan } },
        link: '/benefits',
        dedupeKey: key,
      });
      await queueSms(trx, {
        phone: i.phone,
        template: 'benefit_award',
        params: { name: i.name, policy: policy.title, amount: yuan },
        dedupeKey: key,
      });
    }
    const total = items.reduce((t, i) => t + i.amount_fen, 0);
    await recordAudit(trx, ctx, {
      action: 'benefit_batch.confirm',
      targetType: 'benefit_batch',
      targetId: batchId,
      after: {
        kind: 'automatic',
        policyId: policy.id,
        version: locked.policy_version,
        preparedBy: locked.prepared_by_user_id,
        count: items.length,
        totalFen: total,
      },
    });
  });
  return getBatch(ctx, batchId);
}

// ── campaigns (政策找人) ─────────────────────────────────────────────────

const EMPTY_FUNNEL = { qualified: 0, unknown: 0, notified: 0, visited: 0, applied: 0, awarded: 0 };

function sumFunnel(
  rows: { qualified: number; unknown: number; notified: number; visited: number; applied: number; awarded: number }[],
) {
  const f = { ...EMPTY_FUNNEL };
  for (const r of rows) for (const k of Object.keys(f) as (keyof typeof f)[]) f[k] += r[k];
  return f;
}

export async function runCampaign(ctx: ActorContext, input: z.output<typeof schemas.createCampaign>) {
  const policy = await policyFor(ctx, input.policyId);
  const { rule, version } = publishedRule(policy);
  const today = businessDay(ctx.now);
  const areaId = streetOf(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertCampaign(trx, {
      policy_id: policy.id,
      policy_version: version,
      area_id: areaId,
      created_by_user_id: ctx.actor.userId,
      created_at: ctx.now,
    });
    await repo.insertCampaignTargets(trx, id, policy.id, policy.target, rule, today, ctx.actor.areaPaths);
    const targets = await repo.campaignTargetsForNotice(trx, id);
    // the data an unknown subject is missing, for the collect-data task
    const unknown = targets.filter((t) => t.kind === 'collect_data');
    const subjects = await loadSubjects(
      trx,
      policy.target,
      unknown.map((t) => (t.resident_id ?? t.enterprise_id)!),
      today,
    );
    await repo.setTargetMissing(
      trx,
      unknown.map((t) => {
        const s = subjects.get((t.resident_id ?? t.enterprise_id)!);
        return { id: t.id, missing: s ? evaluate(rule, s.facts, 'zh-CN').missing : [] };
      }),
    );
    const qualified = targets.filter((t) => t.kind === 'visit');
    for (const t of qualified) {
      const users = await repo.usersOfSubject(trx, t.resident_id, t.enterprise_id);
      await notifyUsers(trx, users, {
        kind: 'benefits.outreach',
        text: {
          template: 'benefits.outreach',
          params: { policy: policy.title, summary: policy.summary.slice(0, 200) },
        },
        link: '/benefits',
        data: { campaignId: id, policyId: policy.id },
        dedupeKey: `benefits.campaign.${id}.${t.id}`,
      });
      if (input.sendSms) {
        await queueSms(trx, {
          phone: t.phone,
          template: 'benefit_outreach',
          params: { name: t.name, policy: policy.title, community: '所在社区' },
          dedupeKey: `benefits.campaign.${id}.${t.id}`,
        });
      }
    }
    await repo.markNotified(
      trx,
      qualified.map((t) => t.id),
      ctx.now,
    );
    for (const communityId of new Set(targets.map((t) => t.community_id).filter((c): c is number => c !== null))) {
      const officers = await staffCoveringArea(trx, communityId, ['community_officer']);
      const n = targets.filter((t) => t.community_id === communityId).length;
      await notifyUsers(trx, officers, {
        kind: 'benefits.tasks',
        text: { template: 'benefits.tasks', params: { policy: policy.title, count: n } },
        link: `/staff/benefits/tasks?campaignId=${id}`,
        dedupeKey: `benefits.campaign.${id}.tasks`,
      });
    }
    await recordAudit(trx, ctx, {
      action: 'benefit_campaign.run',
      targetType: 'benefit_campaign',
      targetId: id,
      after: { policyId: policy.id, version, qualified: qualified.length, unknown: unknown.length, sms: input.sendSms },
    });
    return id;
  });
  return getCampaign(ctx, id);
}

export async function listCampaigns(ctx: ActorContext) {
  const rows = await repo.listCampaigns(ctx.db, ctx.actor);
  const f = await repo.funnels(
    ctx.db,
    rows.map((r) => r.id),
    ctx.actor,
  );
  return { items: rows.map((r) => presentCampaign(r, sumFunnel(f.filter((x) => x.campaign_id === r.id)))) };
}

export async function getCampaign(ctx: ActorContext, id: number) {
  const row = await repo.findCampaign(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  const f = await repo.funnels(ctx.db, [id], ctx.actor);
  return {
    ...presentCampaign(row, sumFunnel(f)),
    byCommunity: f.map((x) => ({
      communityId: x.community_id,
      communityName: x.community_name ?? '—',
      qualified: x.qualified,
      unknown: x.unknown,
      notified: x.notified,
      visited: x.visited,
      applied: x.applied,
      awarded: x.awarded,
    })),
  };
}

export async function closeCampaign(ctx: ActorContext, id: number) {
  const row = await repo.findCampaign(ctx.db, ctx.actor, id);
  if (!row || !pathInScope((await repo.findAreaPath(ctx.db, row.area_id))!.path, ctx.actor.areaPaths)) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.closeCampaign(trx, id, ctx.now))) throw new AppError('CAMPAIGN_CLOSED');
    await recordAudit(trx, ctx, {
      action: 'benefit_campaign.close',
      targetType: 'benefit_campaign',
      targetId: id,
      after: { status: 'closed' },
    });
  });
  return getCampaign(ctx, id);
}

type FactsInput = z.output<typeof schemas.residentFactsInput>;

async function recordFacts(trx: Trx, ctx: ActorContext, residentId: number, input: FactsInput) {
  const values: {
    unemployed_registered_on?: string | null;
    youngest_child_birth_date?: string | null;
    business_stage?: FactsInput['businessStage'];
  } = {};
  if (input.businessStage !== undefined) values.business_stage = input.businessStage;
  if (input.unemployedRegisteredOn !== undefined) values.unemployed_registered_on = input.unemployedRegisteredOn;
  if (input.youngestChildBirthDate !== undefined) values.youngest_child_birth_date = input.youngestChildBirthDate;
  const today = businessDay(ctx.now);
  if ((values.unemployed_registered_on ?? '') > today) throw new FieldError('unemployedRegisteredOn', 'too_big');
  if ((values.youngest_child_birth_date ?? '') > today) throw new FieldError('youngestChildBirthDate', 'too_big');
  const before = await repo.residentFactsOf(trx, residentId);
  await repo.upsertResidentFacts(trx, residentId, values, ctx.actor.userId, ctx.now);
  await recordAudit(trx, ctx, {
    action: 'resident_facts.record',
    targetType: 'resident',
    targetId: residentId,
    before: before ?? null,
    after: values,
  });
  // new facts may open policies at once
  await reevaluateSubjects(trx, 'person', [residentId], 'nightly', ctx.now);
}

/** Records facts for a resident in the officer's areas (from a collect-data visit or the resident's page). */
export async function updateResidentFacts(ctx: ActorContext, residentId: number, input: FactsInput) {
  if (!(await repo.subjectInScope(ctx.db, ctx.actor, 'person', residentId))) throw notFound();
  await ctx.db.transaction().execute((trx) => recordFacts(trx, ctx, residentId, input));
  const row = await repo.residentFactsOf(ctx.db, residentId);
  return {
    unemployedRegisteredOn: row?.unemployed_registered_on ?? null,
    youngestChildBirthDate: row?.youngest_child_birth_date ?? null,
    businessStage: row?.business_stage ?? null,
  };
}

export async function listTasks(ctx: ActorContext, query: z.output<typeof schemas.taskListQuery>) {
  const open = query.open === undefined ? undefined : query.open === 'true';
  const { rows, total } = await repo.listTasks(
    ctx.db,
    ctx.actor,
    { campaignId: query.campaignId, open },
    query.page,
    query.pageSize,
  );
  return { items: rows.map(presentTask), total, page: query.page, pageSize: query.pageSize };
}

export async function logVisit(ctx: ActorContext, taskId: number, input: z.output<typeof schemas.logVisit>) {
  const task = await repo.findTask(ctx.db, ctx.actor, taskId);
  if (!task) throw notFound();
  if (task.campaign_status !== 'open') throw new AppError('CAMPAIGN_CLOSED');
  if (input.facts && !task.resident_id) throw new FieldError('facts', 'fact_not_for_target');
  // 现场代办申请: the visit opens the application on the subject's behalf, with their consent, in the same transaction
  const onSite =
    input.outcome === 'applied_on_site'
      ? await prepareApplication(
          ctx,
          {
            policyId: task.policy_id,
            residentId: task.resident_id ?? undefined,
            enterpriseId: task.enterprise_id ?? undefined,
          },
          input.consent,
        )
      : null;
  await ctx.db.transaction().execute(async (trx) => {
    const applicationId = onSite
      ? await fileApplication(trx, ctx, onSite, input.note || null, input.consent, { visitOfTask: taskId })
      : null;
    const { id } = await repo.insertVisit(trx, {
      target_id: taskId,
      officer_user_id: ctx.actor.userId,
      outcome: input.outcome,
      note: input.note,
      application_id: applicationId,
      at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'benefit_campaign.visit',
      targetType: 'benefit_campaign_target',
      targetId: taskId,
      after: { visitId: id, outcome: input.outcome, note: input.note, applicationId },
    });
    if (input.facts && task.resident_id) await recordFacts(trx, ctx, task.resident_id, input.facts);
  });
  return presentTask((await repo.findTask(ctx.db, ctx.actor, taskId))!);
}

// ── triggers ─────────────────────────────────────────────────────────────

/**
 * Re-evaluates the given subjects against every published policy for their
 * kind; a subject newly eligible (no suggestion, application or award yet)
 * gets a suggestion with the reason and an in-app notice. Runs inside the
 * writer's transaction (a hire, a registration) or the nightly job.
 */
export async function reevaluateSubjects(
  trx: Trx,
  target: PolicyTarget,
  ids: readonly number[],
  trigger: 'employment' | 'enterprise' | 'birthday' | 'nightly',
  now: Date,
): Promise<number> {
  if (ids.length === 0) return 0;
  const today = businessDay(now);
  const [policies, subjects] = await Promise.all([
    repo.publishedPolicies(trx, target),
    loadSubjects(trx, target, ids, today),
  ]);
  let suggested = 0;
  for (const p of policies) {
    if (!p.published_rule || p.current_version === null) continue;
    for (const s of subjects.values()) {
      const result = evaluate(p.published_rule as RuleNode, s.facts, 'zh-CN');
      if (result.outcome !== 'eligible') continue;
      const residentId = target === 'person' ? s.id : null;
      const enterpriseId = target === 'enterprise' ? s.id : null;
      if (await repo.subjectTaken(trx, p.id, residentId, enterpriseId)) continue;
      const reason = reasonOf(result, 'zh-CN');
      const id = await repo.insertSuggestion(trx, {
        policy_id: p.id,
        policy_version: p.current_version,
        resident_id: residentId,
        enterprise_id: enterpriseId,
        reason,
        trigger,
        created_at: now,
      });
      if (id === null) continue;
      suggested++;
      const users = await repo.usersOfSubject(trx, residentId, enterpriseId);
      // the notice says why in its reader's language (the stored suggestion keeps the Chinese reason)
      const reasons = { 'zh-CN': reason, en: reasonOf(evaluate(p.published_rule as RuleNode, s.facts, 'en'), 'en') };
      await notifyUsers(trx, users, {
        kind: 'benefits.suggestion',
        text:
          target === 'enterprise'
            ? {
                template: 'benefits.suggestion.enterprise',
                params: { enterprise: s.name, policy: p.title, reason: reasons },
              }
            : { template: 'benefits.suggestion.person', params: { policy: p.title, reason: reasons } },
        link: '/benefits',
        data: { policyId: p.id, suggestionId: id },
        dedupeKey: `benefits.suggestion.${id}`,
      });
    }
  }
  return suggested;
}

export async function nightlyReevaluation(db: ActorContext['db'], now: Date): Promise<number> {
  const rows = await repo.birthdaysOn(db, businessDay(now));
  if (rows.length === 0) return 0;
  return db.transaction().execute((trx) =>
    reevaluateSubjects(
      trx,
      'person',
      rows.map((r) => r.id),
      'birthday',
      now,
    ),
  );
}

export { APPLICATION_STEPS };
