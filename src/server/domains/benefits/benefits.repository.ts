/** Benefits SQL only: policies and versions, facts, applications, campaigns, awards and batches. */
import { sql, type Insertable, type Transaction } from 'kysely';
import type { BUSINESS_STAGES, PolicyTarget, RuleNode } from '../../../shared/benefits-rules';
import { PREPARED, type Db } from '../../db/client';
import type {
  BenefitApplicationsTable,
  BenefitBatchItemsTable,
  BenefitPaymentBatchesTable,
  BenefitApplicationStatus,
  BenefitPoliciesTable,
  Database,
} from '../../db/types';
import type { Actor } from '../../core/actor';
import { areaInScope } from '../../http/scope';
import { auditInsert, type AuditContext, type AuditEntry } from '../../platform/audit';
import {
  compileRule,
  inAreasSql,
  inScopeSql,
  mayBeUnknownSql,
  subjectAlias,
  subjectIdSql,
  subjectsFrom,
} from './eligibility-sql';

type Q = Db | Transaction<Database>;
type Trx = Transaction<Database>;

/** The community an area belongs to (itself, or its parent for a compound or a place). */
const communityIdOf = sql<
  number | null
>`case when a.level = 'community' then a.id when p.level = 'community' then p.id end`;
const communityNameOf = sql<
  string | null
>`case when a.level = 'community' then a.name when p.level = 'community' then p.name end`;

// ── policies ─────────────────────────────────────────────────────────────

function policySelect(db: Q) {
  return db
    .selectFrom('benefit_policies as bp')
    .leftJoin('stations as s', 's.id', 'bp.station_id')
    .leftJoin('benefit_policy_versions as v', (j) =>
      j.onRef('v.policy_id', '=', 'bp.id').onRef('v.version', '=', 'bp.current_version'),
    )
    .select([
      'bp.id',
      'bp.area_id',
      'bp.code',
      'bp.title',
      'bp.category',
      'bp.target',
      'bp.summary',
      'bp.benefit',
      'bp.legal_basis',
      'bp.valid_from',
      'bp.valid_to',
      'bp.mode',
      'bp.materials',
      'bp.station_id',
      's.name as station_name',
      'bp.faq',
      'bp.status',
      'bp.current_version',
      'bp.draft_rule',
      'v.rule as published_rule',
      'bp.updated_at',
    ]);
}
export type PolicyRow = Awaited<ReturnType<ReturnType<typeof policySelect>['execute']>>[number];

/** Policies of a staff member's areas and of the areas above them (a district policy applies in its streets). */
function policyVisibleTo(actor: Actor) {
  if (actor.areaPaths.length === 0) return sql<boolean>`false`;
  const patterns = actor.areaPaths.map((p) => `${p}%`);
  return sql<boolean>`exists (select 1 from areas pa where pa.id = bp.area_id and (pa.path like any(${patterns}::text[]) or exists (select 1 from unnest(${actor.areaPaths}::text[]) ap where ap like pa.path || '%')))`;
}

/** Published policies whose area contains the resident's home (or one of their enterprises). */
function policyCoversArea(areaIds: readonly number[]) {
  if (areaIds.length === 0) return sql<boolean>`false`;
  return sql<boolean>`exists (select 1 from areas pa, areas home where pa.id = bp.area_id and home.id = any(${[...areaIds]}::bigint[]) and home.path like pa.path || '%')`;
}

export async function listPolicies(
  db: Q,
  actor: Actor,
  f: { status?: string | undefined; target?: string | undefined; homeAreaIds?: number[] },
  page: number,
  pageSize: number,
) {
  let q = policySelect(db);
  if (actor.kind === 'staff') q = q.where(policyVisibleTo(actor));
  else q = q.where(policyCoversArea(f.homeAreaIds ?? [])).where('bp.status', '=', 'published');
  if (f.status) q = q.where('bp.status', '=', f.status as 'draft');
  if (f.target) q = q.where('bp.target', '=', f.target as 'person');
  const rows = await q
    .orderBy('bp.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  let c = db.selectFrom('benefit_policies as bp').select(sql<number>`count(*)::int`.as('n'));
  if (actor.kind === 'staff') c = c.where(policyVisibleTo(actor));
  else c = c.where(policyCoversArea(f.homeAreaIds ?? [])).where('bp.status', '=', 'published');
  if (f.status) c = c.where('bp.status', '=', f.status as 'draft');
  if (f.target) c = c.where('bp.target', '=', f.target as 'person');
  const { n } = await c.executeTakeFirstOrThrow();
  return { rows, total: n };
}

export function findPolicyForStaff(db: Q, actor: Actor, id: number) {
  return policySelect(db).where('bp.id', '=', id).where(policyVisibleTo(actor)).executeTakeFirst();
}
export function findPublishedPolicyCovering(db: Q, id: number, homeAreaIds: number[]) {
  return policySelect(db)
    .where('bp.id', '=', id)
    .where('bp.status', '=', 'published')
    .where(policyCoversArea(homeAreaIds))
    .executeTakeFirst();
}
/**
 * A policy's published rule and one subject's facts in one statement (what evaluating one
 * subject needs): the policy as the actor may see it (staff: their areas and
 * above; a resident: published and covering their home), and the resident's
 * or the enterprise's facts, the latter only within `scope` when given.
 * With `reveal`, the statement also appends that audit event when it found a
 * published rule and the person (one round trip, one commit).
 */
export function policyWithSubject(
  db: Q,
  actor: Actor,
  id: number,
  homeAreaIds: readonly number[],
  subject: { residentId?: number | undefined; enterpriseId?: number | undefined },
  today: string,
  scope?: Actor,
  reveal?: { ctx: AuditContext; entry: AuditEntry },
) {
  const inScope = (column: string) => (scope ? areaInScope(column, scope) : sql<boolean>`true`);
  const current = sql<boolean>`m.start_date <= ${today}::date and (m.end_date is null or m.end_date >= ${today}::date)`;
  const person = subject.residentId
    ? sql<PersonFactRow | null>`(select json_build_object('id', r.id, 'name', r.name, 'phone', r.phone, 'area_id', r.area_id, 'birth_date', r.birth_date,
        'gender', r.gender, 'labels', r.labels, 'hukou_area', r.hukou_area,
        'unemployed_registered_on', f.unemployed_registered_on, 'youngest_child_birth_date', f.youngest_child_birth_date,
        'business_stage', f.business_stage)
        from residents r left join resident_facts f on f.resident_id = r.id
        where r.id = ${subject.residentId} and ${inScope('r.area_id')})`
    : sql<null>`null::json`;
  const enterprise = subject.enterpriseId
    ? sql<EnterpriseFactRow | null>`(select json_build_object('id', e.id, 'name', e.name, 'phone', e.owner_phone, 'area_id', e.area_id, 'type', e.type,
        'established_on', e.established_on,
        'employees', (select count(*)::int from employments m where m.enterprise_id = e.id and ${current}),
        'hard_to_employ_hires', (select count(*)::int from employments m
          where m.enterprise_id = e.id and m.source = 'platform' and m.resident_hard_to_employ and ${current}))
        from enterprises e where e.id = ${subject.enterpriseId} and ${inScope('e.area_id')})`
    : sql<null>`null::json`;
  // named and planned once per connection (ADR 0035): planning this statement cost more than running it
  // only what an evaluation reads of the policy: its target, state and published rule
  let q = db
    .selectFrom('benefit_policies as bp')
    .leftJoin('benefit_policy_versions as v', (j) =>
      j.onRef('v.policy_id', '=', 'bp.id').onRef('v.version', '=', 'bp.current_version'),
    )
    .modifyFront(sql.raw(PREPARED))
    .select([
      'bp.id',
      'bp.target',
      'bp.status',
      'bp.current_version',
      'v.rule as published_rule',
      person.as('person'),
      enterprise.as('enterprise'),
    ])
    .where('bp.id', '=', id);
  q =
    actor.kind === 'staff'
      ? q.where(policyVisibleTo(actor))
      : q.where('bp.status', '=', 'published').where(policyCoversArea(homeAreaIds));
  if (!reveal) return q.executeTakeFirst();
  // The reveal's audit event in the same statement, written only when a published rule and the person were found.
  const revealed = sql<boolean>`exists (select 1 from found where found.target = 'person' and found.status = 'published' and found.published_rule is not null and found.person is not null)`;
  return sql<
    Awaited<ReturnType<typeof q.executeTakeFirst>> & object
  >`with found as (${q}), audited as (${auditInsert(reveal.ctx, reveal.entry, revealed)}) select * from found`
    .execute(db)
    .then((r) => r.rows[0]);
}
export type PersonFactRow = Awaited<ReturnType<typeof personFactRows>>[number];
export type EnterpriseFactRow = Awaited<ReturnType<typeof enterpriseFactRows>>[number];

export function findPolicyByCode(db: Q, code: string) {
  return policySelect(db).where('bp.code', '=', code).executeTakeFirst();
}
export function findPolicyById(db: Q, id: number) {
  return policySelect(db).where('bp.id', '=', id).executeTakeFirst();
}
export function publishedPolicies(db: Q, target: PolicyTarget) {
  return policySelect(db)
    .where('bp.status', '=', 'published')
    .where('bp.target', '=', target)
    .orderBy('bp.id')
    .execute();
}

export function insertPolicy(trx: Trx, values: Insertable<BenefitPoliciesTable>) {
  return trx.insertInto('benefit_policies').values(values).returning('id').executeTakeFirstOrThrow();
}
export function updatePolicyRow(trx: Trx, id: number, values: Record<string, unknown>) {
  return trx
    .updateTable('benefit_policies')
    .set(values as never)
    .where('id', '=', id)
    .execute();
}
export function lockPolicy(trx: Trx, id: number) {
  return trx
    .selectFrom('benefit_policies')
    .select(['id', 'current_version', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}
export function insertVersion(
  trx: Trx,
  v: {
    policy_id: number;
    version: number;
    rule: RuleNode;
    eligible_count: number;
    unknown_count: number;
    published_by_user_id: number;
    published_at: Date;
  },
) {
  return trx
    .insertInto('benefit_policy_versions')
    .values({ ...v, rule: JSON.stringify(v.rule) })
    .execute();
}
export function listVersions(db: Q, policyId: number) {
  return db
    .selectFrom('benefit_policy_versions as v')
    .innerJoin('users as u', 'u.id', 'v.published_by_user_id')
    .select(['v.version', 'v.rule', 'v.published_at', 'u.display_name', 'v.eligible_count', 'v.unknown_count'])
    .where('v.policy_id', '=', policyId)
    .orderBy('v.version', 'desc')
    .execute();
}
export function versionRule(db: Q, policyId: number, version: number) {
  return db
    .selectFrom('benefit_policy_versions')
    .select('rule')
    .where('policy_id', '=', policyId)
    .where('version', '=', version)
    .executeTakeFirstOrThrow();
}
export function findAreaPath(db: Q, id: number) {
  return db.selectFrom('areas').select(['id', 'path', 'level']).where('id', '=', id).executeTakeFirst();
}

// ── facts ────────────────────────────────────────────────────────────────

/** Facts of residents; given a staff actor, only those in their areas (a scope check and the facts in one query). */
export function personFactRows(db: Q, ids: readonly number[], scope?: Actor) {
  if (ids.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('residents as r')
    .leftJoin('resident_facts as f', 'f.resident_id', 'r.id')
    .leftJoin('person_facts as pf', 'pf.resident_id', 'r.id')
    .select([
      'r.id',
      'r.name',
      'r.phone',
      'r.area_id',
      'r.birth_date',
      'r.gender',
      'r.labels',
      'r.hukou_area',
      'f.unemployed_registered_on',
      'f.youngest_child_birth_date',
      'f.business_stage',
      'pf.basic_training_hours',
      'pf.training_certificates',
      'pf.skill_certificates',
    ])
    .where('r.id', 'in', [...ids]);
  if (scope) q = q.where(areaInScope('r.area_id', scope));
  return q.execute();
}

export function enterpriseFactRows(db: Q, ids: readonly number[], today: string, scope?: Actor) {
  if (ids.length === 0) return Promise.resolve([]);
  const current = sql<boolean>`m.start_date <= ${today}::date and (m.end_date is null or m.end_date >= ${today}::date)`;
  let q = db
    .selectFrom('enterprises as e')
    .select([
      'e.id',
      'e.name',
      'e.owner_phone as phone',
      'e.area_id',
      'e.type',
      'e.established_on',
      sql<number>`(select count(*)::int from employments m where m.enterprise_id = e.id and ${current})`.as(
        'employees',
      ),
      sql<number>`(select count(*)::int from employments m
        where m.enterprise_id = e.id and m.source = 'platform' and m.resident_hard_to_employ and ${current})`.as(
        'hard_to_employ_hires',
      ),
    ])
    .where('e.id', 'in', [...ids]);
  if (scope) q = q.where(areaInScope('e.area_id', scope));
  return q.execute();
}

export function subjectInScope(db: Q, actor: Actor, target: PolicyTarget, id: number) {
  const table = target === 'person' ? 'residents' : 'enterprises';
  return db
    .selectFrom(table)
    .select(['id', 'area_id'])
    .where('id', '=', id)
    .where(areaInScope('area_id', actor))
    .executeTakeFirst();
}

export function residentFactsOf(db: Q, residentId: number) {
  return db
    .selectFrom('resident_facts')
    .select(['unemployed_registered_on', 'youngest_child_birth_date', 'business_stage'])
    .where('resident_id', '=', residentId)
    .executeTakeFirst();
}

export function upsertResidentFacts(
  trx: Trx,
  residentId: number,
  values: {
    unemployed_registered_on?: string | null;
    youngest_child_birth_date?: string | null;
    business_stage?: (typeof BUSINESS_STAGES)[number] | null;
  },
  userId: number,
  now: Date,
) {
  return trx
    .insertInto('resident_facts')
    .values({ resident_id: residentId, ...values, recorded_by_user_id: userId, updated_at: now })
    .onConflict((oc) =>
      oc.column('resident_id').doUpdateSet({ ...values, recorded_by_user_id: userId, updated_at: now }),
    )
    .execute();
}

// ── scans ────────────────────────────────────────────────────────────────

/**
 * Each subject in a scan adds this to one sum when its answer is unknown, and
 * 1 when it is eligible (0 when not), so the sum holds both counts: eligible =
 * sum mod UNKNOWN_WEIGHT, unknown = sum div UNKNOWN_WEIGHT. Exact while fewer
 * than 2^30 subjects are eligible, far beyond any street's or district's
 * residents; the int4 terms are summed into a bigint, which cannot overflow
 * below 2^33 unknown.
 */
export const UNKNOWN_WEIGHT = 2 ** 30;

/**
 * Who qualifies and whose answer is unknown, in scope. The scope's areas are
 * looked up first, so the scan tests each row's area against constants
 * instead of joining areas. The compiled rule is one three-valued SQL
 * expression (true eligible, NULL unknown), evaluated once per subject: its
 * value picks the subject's term in one sum (UNKNOWN_WEIGHT). A rule that can
 * never be unknown (mayBeUnknownSql) is a plain filter instead, which lets the
 * planner turn "has a hire" into a semi-join.
 */
export async function countEligible(
  db: Q,
  target: PolicyTarget,
  rule: RuleNode,
  today: string,
  scopePaths: readonly string[],
) {
  const areaIds = await areaIdsUnder(db, scopePaths);
  if (areaIds.length === 0) return { eligible: 0, unknown: 0 };
  const cond = compileRule(rule, today);
  const { rows } = mayBeUnknownSql(rule, today)
    ? await sql<{
        eligible: number;
        unknown: number;
      }>`select (s % ${UNKNOWN_WEIGHT}::int)::int as eligible, (s / ${UNKNOWN_WEIGHT}::int)::int as unknown
      from (select coalesce(sum(coalesce((${cond})::int, ${UNKNOWN_WEIGHT}::int)), 0) as s
        from ${subjectsFrom(target)}
        where ${inAreasSql(target, areaIds)}) counted`.execute(db)
    : await sql<{ eligible: number; unknown: number }>`select count(*)::int as eligible, 0 as unknown
      from ${subjectsFrom(target)}
      where ${inAreasSql(target, areaIds)} and (${cond})`.execute(db);
  return rows[0]!;
}

/** The ids of the areas under the scope paths ('/1/4/' → itself and everything below). */
async function areaIdsUnder(db: Q, scopePaths: readonly string[]): Promise<number[]> {
  if (scopePaths.length === 0) return [];
  const patterns = scopePaths.map((p) => `${p}%`);
  const { rows } = await sql<{ id: number }>`select id from areas where path like any(${patterns}::text[])`.execute(db);
  return rows.map((r) => Number(r.id));
}

/** Not yet applied (a live application) or awarded for this policy. */
function notTaken(target: PolicyTarget, policyId: number) {
  const id = subjectIdSql(target);
  const col = sql.raw(target === 'person' ? 'resident_id' : 'enterprise_id');
  return sql`not exists (select 1 from benefit_applications ba where ba.policy_id = ${policyId} and ba.${col} = ${id} and ba.status <> 'rejected')
    and not exists (select 1 from benefit_awards aw where aw.policy_id = ${policyId} and aw.${col} = ${id})`;
}

/** The campaign's targets, set-based: qualified → a visit task, unknown → a collect-data task. */
export async function insertCampaignTargets(
  trx: Trx,
  campaignId: number,
  policyId: number,
  target: PolicyTarget,
  rule: RuleNode,
  today: string,
  scopePaths: readonly string[],
) {
  const cond = compileRule(rule, today);
  const a = sql.raw(subjectAlias(target));
  const col = sql.raw(target === 'person' ? 'resident_id' : 'enterprise_id');
  await sql`insert into benefit_campaign_targets (campaign_id, ${col}, area_id, community_id, kind)
    select ${campaignId}, ${subjectIdSql(target)}, ${a}.area_id,
      (select ${communityIdOf} from areas a left join areas p on p.id = a.parent_id where a.id = ${a}.area_id),
      case when ${cond} is true then 'visit' else 'collect_data' end
    from ${subjectsFrom(target)}
    where ${inScopeSql(target, scopePaths)} and (${cond}) is not false and ${notTaken(target, policyId)}`.execute(trx);
}

/** Eligible subjects in scope with no award yet, for a 免申即享 batch. */
export async function eligibleWithoutAward(
  db: Q,
  policyId: number,
  target: PolicyTarget,
  rule: RuleNode,
  today: string,
  scopePaths: readonly string[],
) {
  const cond = compileRule(rule, today);
  const a = sql.raw(subjectAlias(target));
  const id = subjectIdSql(target);
  const { rows } = await sql<{ id: number; area_id: number }>`select ${id} as id, ${a}.area_id
    from ${subjectsFrom(target)}
    where ${inScopeSql(target, scopePaths)} and (${cond}) is true and ${notTaken(target, policyId)}
    order by ${id}`.execute(db);
  return rows;
}

// ── applications ─────────────────────────────────────────────────────────

function applicationSelect(db: Q) {
  return db
    .selectFrom('benefit_applications as ba')
    .innerJoin('benefit_policies as bp', 'bp.id', 'ba.policy_id')
    .innerJoin('users as sub', 'sub.id', 'ba.submitted_by_user_id')
    .innerJoin('areas as a', 'a.id', 'ba.area_id')
    .leftJoin('areas as p', 'p.id', 'a.parent_id')
    .leftJoin('residents as r', 'r.id', 'ba.resident_id')
    .leftJoin('enterprises as e', 'e.id', 'ba.enterprise_id')
    .select([
      'ba.id',
      'ba.policy_id',
      'bp.title as policy_title',
      'bp.materials as required_materials',
      'bp.benefit',
      'ba.policy_version',
      'ba.resident_id',
      'ba.enterprise_id',
      sql<string>`coalesce(r.name, e.name)`.as('subject_name'),
      'ba.area_id',
      'a.path as area_path',
      'a.name as area_name',
      communityNameOf.as('community_name'),
      'ba.status',
      'ba.on_behalf',
      'ba.submitted_by_user_id',
      'sub.display_name as submitted_by',
      'ba.suggested_amount_fen',
      'ba.amount_fen',
      'ba.reason',
      'ba.facts',
      'ba.eligibility',
      'ba.community_reviewer_user_id',
      'ba.street_reviewer_user_id',
      'ba.created_at',
      'ba.updated_at',
    ]);
}
export type ApplicationRow = Awaited<ReturnType<ReturnType<typeof applicationSelect>['execute']>>[number];

/** Who may see an application: staff by area; a resident if it is theirs, their enterprise's, or they submitted it. */
function applicationVisibleTo(actor: Actor) {
  if (actor.kind === 'staff') return areaInScope('ba.area_id', actor);
  const enterpriseIds = actor.enterprises.map((e) => e.id);
  return sql<boolean>`(ba.submitted_by_user_id = ${actor.userId} or ba.resident_id = ${actor.residentId ?? -1}
    or ba.enterprise_id = any(${enterpriseIds}::bigint[]))`;
}

export function findApplication(db: Q, actor: Actor, id: number) {
  return applicationSelect(db).where('ba.id', '=', id).where(applicationVisibleTo(actor)).executeTakeFirst();
}

export async function listApplications(
  db: Q,
  actor: Actor,
  f: { status?: string | undefined; policyId?: number | undefined },
  page: number,
  pageSize: number,
) {
  let q = applicationSelect(db).where(applicationVisibleTo(actor));
  let c = db
    .selectFrom('benefit_applications as ba')
    .select(sql<number>`count(*)::int`.as('n'))
    .where(applicationVisibleTo(actor));
  if (f.status) {
    q = q.where('ba.status', '=', f.status as BenefitApplicationStatus);
    c = c.where('ba.status', '=', f.status as BenefitApplicationStatus);
  }
  if (f.policyId) {
    q = q.where('ba.policy_id', '=', f.policyId);
    c = c.where('ba.policy_id', '=', f.policyId);
  }
  const [rows, total] = await Promise.all([
    q
      .orderBy('ba.updated_at', 'desc')
      .orderBy('ba.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    c.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}

export function applicationsOfSubjects(db: Q, residentId: number | null, enterpriseIds: number[]) {
  return db
    .selectFrom('benefit_applications as ba')
    .select(['ba.id', 'ba.policy_id', 'ba.resident_id', 'ba.enterprise_id', 'ba.status', 'ba.amount_fen'])
    .where((eb) =>
      eb.or([
        eb('ba.resident_id', '=', residentId ?? -1),
        eb('ba.enterprise_id', 'in', enterpriseIds.length ? enterpriseIds : [-1]),
      ]),
    )
    .orderBy('ba.id')
    .execute();
}
export function awardsOfSubjects(db: Q, residentId: number | null, enterpriseIds: number[]) {
  return db
    .selectFrom('benefit_awards as aw')
    .select(['aw.policy_id', 'aw.resident_id', 'aw.enterprise_id', 'aw.amount_fen'])
    .where((eb) =>
      eb.or([
        eb('aw.resident_id', '=', residentId ?? -1),
        eb('aw.enterprise_id', 'in', enterpriseIds.length ? enterpriseIds : [-1]),
      ]),
    )
    .execute();
}
export function suggestionsOfSubjects(db: Q, residentId: number | null, enterpriseIds: number[]) {
  return db
    .selectFrom('benefit_suggestions as s')
    .select(['s.policy_id', 's.resident_id', 's.enterprise_id', 's.reason', 's.created_at'])
    .where((eb) =>
      eb.or([
        eb('s.resident_id', '=', residentId ?? -1),
        eb('s.enterprise_id', 'in', enterpriseIds.length ? enterpriseIds : [-1]),
      ]),
    )
    .execute();
}

export function insertApplication(trx: Trx, values: Insertable<BenefitApplicationsTable>) {
  return trx.insertInto('benefit_applications').values(values).returning('id').executeTakeFirstOrThrow();
}

/** The step happens only from the state it was checked in: a second, concurrent approval updates nothing. */
export function moveApplication(trx: Trx, id: number, from: BenefitApplicationStatus, values: Record<string, unknown>) {
  return trx
    .updateTable('benefit_applications')
    .set(values as never)
    .where('id', '=', id)
    .where('status', '=', from)
    .returning('id')
    .executeTakeFirst();
}

export function insertEvent(
  trx: Trx,
  e: {
    application_id: number;
    action: string;
    from_status: BenefitApplicationStatus | null;
    to_status: BenefitApplicationStatus;
    actor_user_id: number;
    note: string | null;
    at: Date;
  },
) {
  return trx.insertInto('benefit_application_events').values(e).execute();
}

export function eventsOf(db: Q, applicationId: number) {
  return db
    .selectFrom('benefit_application_events as ev')
    .innerJoin('users as u', 'u.id', 'ev.actor_user_id')
    .select(['ev.action', 'ev.from_status', 'ev.to_status', 'u.display_name', 'ev.note', 'ev.at'])
    .where('ev.application_id', '=', applicationId)
    .orderBy('ev.id')
    .execute();
}

export function materialsOf(db: Q, applicationId: number) {
  return db
    .selectFrom('benefit_application_materials as m')
    .innerJoin('files as f', 'f.id', 'm.file_id')
    .select(['m.id', 'm.file_id', 'f.original_name', 'm.material', 'f.mime', 'f.size_bytes', 'm.at'])
    .where('m.application_id', '=', applicationId)
    .orderBy('m.id')
    .execute();
}

export async function storageKeyOf(db: Q, fileId: number): Promise<string | null> {
  const row = await db.selectFrom('files').select('storage_key').where('id', '=', fileId).executeTakeFirst();
  return row?.storage_key ?? null;
}

export function insertMaterial(
  trx: Trx,
  v: { application_id: number; file_id: number; material: string; uploaded_by_user_id: number },
) {
  return trx.insertInto('benefit_application_materials').values(v).returning('id').executeTakeFirstOrThrow();
}

/** The app accounts that act for a subject: the resident's own, or an enterprise's members. */
export async function usersOfSubject(db: Q, residentId: number | null, enterpriseId: number | null): Promise<number[]> {
  if (residentId) {
    const rows = await db
      .selectFrom('users')
      .select('id')
      .where('resident_id', '=', residentId)
      .where('active', '=', true)
      .execute();
    return rows.map((r) => r.id);
  }
  const rows = await db
    .selectFrom('enterprise_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.enterprise_id', '=', enterpriseId ?? -1)
    .where('u.active', '=', true)
    .execute();
  return rows.map((r) => r.id);
}

// ── awards and batches ───────────────────────────────────────────────────

export function insertBatch(trx: Trx, v: Insertable<BenefitPaymentBatchesTable>) {
  return trx.insertInto('benefit_payment_batches').values(v).returning('id').executeTakeFirstOrThrow();
}

/** The batch of a policy still under review, if there is one (at most one: a partial unique index). */
export function preparedBatchOf(db: Q, policyId: number) {
  return db
    .selectFrom('benefit_payment_batches')
    .select('id')
    .where('policy_id', '=', policyId)
    .where('status', '=', 'prepared')
    .executeTakeFirst();
}

export function insertBatchItems(trx: Trx, rows: Insertable<BenefitBatchItemsTable>[]) {
  if (rows.length === 0) return Promise.resolve();
  return trx.insertInto('benefit_batch_items').values(rows).execute();
}

function batchSelect(db: Q) {
  return db
    .selectFrom('benefit_payment_batches as b')
    .innerJoin('users as mk', 'mk.id', 'b.prepared_by_user_id')
    .leftJoin('users as ck', 'ck.id', 'b.confirmed_by_user_id')
    .leftJoin('benefit_policies as bp', 'bp.id', 'b.policy_id')
    .select([
      'b.id',
      'b.area_id',
      'b.kind',
      'b.status',
      'b.policy_id',
      'b.policy_version',
      // an application batch names the policies of the applications it paid
      sql<
        string | null
      >`coalesce(bp.title, (select string_agg(distinct p2.title, '、') from benefit_applications a2 join benefit_policies p2 on p2.id = a2.policy_id where a2.batch_id = b.id))`.as(
        'policy_title',
      ),
      'b.item_count',
      'b.total_fen',
      'b.prepared_by_user_id',
      'mk.display_name as prepared_by',
      'b.prepared_at',
      'ck.display_name as confirmed_by',
      'b.confirmed_at',
    ]);
}
export type BatchRow = Awaited<ReturnType<ReturnType<typeof batchSelect>['execute']>>[number];

export function findBatch(db: Q, actor: Actor, id: number) {
  return batchSelect(db).where('b.id', '=', id).where(areaInScope('b.area_id', actor)).executeTakeFirst();
}
export function lockBatch(trx: Trx, id: number) {
  return trx
    .selectFrom('benefit_payment_batches')
    .select(['id', 'status', 'prepared_by_user_id', 'policy_id', 'policy_version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * What every batch recipient row shows, whether it is a 免申即享 item (`i`) or a paid application
 * (`ba`): the row, the resident or enterprise it pays and the name it goes by (masked by the
 * presenter), its area and the amount. The query joins residents as `r` and enterprises as `e`.
 */
function recipientColumns<A extends 'i' | 'ba'>(row: A) {
  return [
    `${row}.id`,
    `${row}.resident_id`,
    `${row}.enterprise_id`,
    sql<string>`coalesce(r.name, e.name)`.as('name'),
    'a.name as area_name',
    `${row}.amount_fen`,
  ] as const;
}

/** A 免申即享 batch's recipients with their community and the rule version's text; names are masked by the presenter. */
export function batchItems(db: Q, batchId: number) {
  return db
    .selectFrom('benefit_batch_items as i')
    .innerJoin('areas as a', 'a.id', 'i.area_id')
    .leftJoin('areas as c', 'c.id', 'i.community_id')
    .leftJoin('residents as r', 'r.id', 'i.resident_id')
    .leftJoin('enterprises as e', 'e.id', 'i.enterprise_id')
    .leftJoin('users as x', 'x.id', 'i.excluded_by_user_id')
    .select([
      ...recipientColumns('i'),
      'c.name as community_name',
      'i.facts',
      'i.exclusion_reason',
      'x.display_name as excluded_by',
      'i.excluded_at',
      sql<boolean>`exists (select 1 from benefit_awards aw where aw.batch_id = i.batch_id
        and (aw.resident_id = i.resident_id or aw.enterprise_id = i.enterprise_id))`.as('awarded'),
    ])
    .where('i.batch_id', '=', batchId)
    .orderBy('c.name')
    .orderBy('i.id')
    .execute();
}

/** An application batch's recipients: the applications it paid, with the eligibility they were made with. */
export function batchApplications(db: Q, batchId: number) {
  return db
    .selectFrom('benefit_applications as ba')
    .innerJoin('benefit_policies as bp', 'bp.id', 'ba.policy_id')
    .innerJoin('areas as a', 'a.id', 'ba.area_id')
    .leftJoin('areas as p', 'p.id', 'a.parent_id')
    .leftJoin('residents as r', 'r.id', 'ba.resident_id')
    .leftJoin('enterprises as e', 'e.id', 'ba.enterprise_id')
    .select([
      ...recipientColumns('ba'),
      communityNameOf.as('community_name'),
      'ba.eligibility',
      'ba.status',
      'bp.title as policy_title',
    ])
    .where('ba.batch_id', '=', batchId)
    .orderBy('ba.id')
    .execute();
}

export function excludeBatchItem(
  trx: Trx,
  batchId: number,
  itemId: number,
  v: { by: number; at: Date; reason: string },
) {
  return trx
    .updateTable('benefit_batch_items')
    .set({ excluded_by_user_id: v.by, excluded_at: v.at, exclusion_reason: v.reason })
    .where('id', '=', itemId)
    .where('batch_id', '=', batchId)
    .where('excluded_at', 'is', null)
    .returning(['id', 'amount_fen', 'resident_id', 'enterprise_id'])
    .executeTakeFirst();
}

export function findBatchItem(db: Q, batchId: number, itemId: number) {
  return db
    .selectFrom('benefit_batch_items')
    .select(['id', 'excluded_at'])
    .where('id', '=', itemId)
    .where('batch_id', '=', batchId)
    .executeTakeFirst();
}

/** Recomputes the batch's count and total from the recipients still in it. */
export function refreshBatchTotals(trx: Trx, batchId: number) {
  return sql`update benefit_payment_batches b set
      item_count = (select count(*)::int from benefit_batch_items i where i.batch_id = b.id and i.excluded_at is null),
      total_fen = (select coalesce(sum(i.amount_fen), 0) from benefit_batch_items i where i.batch_id = b.id and i.excluded_at is null)
    where b.id = ${batchId}`.execute(trx);
}

export function includedItems(trx: Trx, batchId: number) {
  return trx
    .selectFrom('benefit_batch_items as i')
    .leftJoin('residents as r', 'r.id', 'i.resident_id')
    .leftJoin('enterprises as e', 'e.id', 'i.enterprise_id')
    .select([
      'i.id',
      'i.resident_id',
      'i.enterprise_id',
      'i.area_id',
      'i.amount_fen',
      sql<string>`coalesce(r.name, e.name)`.as('name'),
      sql<string>`coalesce(r.phone, e.owner_phone)`.as('phone'),
    ])
    .where('i.batch_id', '=', batchId)
    .where('i.excluded_at', 'is', null)
    .orderBy('i.id')
    .execute();
}

export function confirmBatchRow(trx: Trx, batchId: number, by: number, at: Date) {
  return trx
    .updateTable('benefit_payment_batches')
    .set({ status: 'confirmed', confirmed_by_user_id: by, confirmed_at: at })
    .where('id', '=', batchId)
    .where('status', '=', 'prepared')
    .returning('id')
    .executeTakeFirst();
}

/** The community of each area (itself, or its parent for a compound or a place), for batch recipients. */
export async function communitiesOf(db: Q, areaIds: readonly number[]): Promise<Map<number, number | null>> {
  if (areaIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('areas as a')
    .leftJoin('areas as p', 'p.id', 'a.parent_id')
    .select(['a.id', communityIdOf.as('community_id')])
    .where('a.id', 'in', [...new Set(areaIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.community_id]));
}
export function insertAwards(
  trx: Trx,
  rows: {
    policy_id: number;
    policy_version: number;
    resident_id: number | null;
    enterprise_id: number | null;
    area_id: number;
    amount_fen: number;
    application_id: number | null;
    batch_id: number;
  }[],
) {
  if (rows.length === 0) return Promise.resolve();
  return trx.insertInto('benefit_awards').values(rows).execute();
}
export function listBatches(db: Q, actor: Actor) {
  return batchSelect(db).where(areaInScope('b.area_id', actor)).orderBy('b.id', 'desc').limit(100).execute();
}

// ── campaigns ────────────────────────────────────────────────────────────

export function insertCampaign(
  trx: Trx,
  v: { policy_id: number; policy_version: number; area_id: number; created_by_user_id: number; created_at: Date },
) {
  return trx.insertInto('benefit_campaigns').values(v).returning('id').executeTakeFirstOrThrow();
}

/** Targets with whom to notify: the resident (or the enterprise's owner) and their phone. */
export function campaignTargetsForNotice(trx: Q, campaignId: number) {
  return trx
    .selectFrom('benefit_campaign_targets as t')
    .leftJoin('residents as r', 'r.id', 't.resident_id')
    .leftJoin('enterprises as e', 'e.id', 't.enterprise_id')
    .select([
      't.id',
      't.kind',
      't.resident_id',
      't.enterprise_id',
      't.community_id',
      sql<string>`coalesce(r.name, e.name)`.as('name'),
      sql<string>`coalesce(r.phone, e.owner_phone)`.as('phone'),
    ])
    .where('t.campaign_id', '=', campaignId)
    .orderBy('t.id')
    .execute();
}

export function setTargetMissing(trx: Trx, items: { id: number; missing: string[] }[]) {
  if (items.length === 0) return Promise.resolve();
  return sql`update benefit_campaign_targets t set missing = x.missing::jsonb
    from unnest(${items.map((i) => i.id)}::bigint[], ${items.map((i) => JSON.stringify(i.missing))}::text[]) as x(id, missing)
    where t.id = x.id`.execute(trx);
}
export function markNotified(trx: Trx, ids: number[], at: Date) {
  if (ids.length === 0) return Promise.resolve();
  return trx.updateTable('benefit_campaign_targets').set({ notified_at: at }).where('id', 'in', ids).execute();
}

/** The funnel of a campaign's targets, per community, counted in one query. */
export async function funnels(db: Q, campaignIds: number[], actor: Actor) {
  if (campaignIds.length === 0) return [];
  const { rows } = await sql<{
    campaign_id: number;
    community_id: number | null;
    community_name: string | null;
    qualified: number;
    unknown: number;
    notified: number;
    visited: number;
    applied: number;
    awarded: number;
  }>`select t.campaign_id, t.community_id, c.name as community_name,
      count(*) filter (where t.kind = 'visit')::int as qualified,
      count(*) filter (where t.kind = 'collect_data')::int as unknown,
      count(t.notified_at)::int as notified,
      -- the funnel follows the qualified; collect-data visits are counted with their tasks, not here
      count(*) filter (where t.kind = 'visit' and exists (select 1 from benefit_visits v where v.target_id = t.id))::int as visited,
      count(*) filter (where t.kind = 'visit' and exists (select 1 from benefit_applications ba where ba.policy_id = bc.policy_id
        and (ba.resident_id = t.resident_id or ba.enterprise_id = t.enterprise_id) and ba.created_at >= bc.created_at))::int as applied,
      count(*) filter (where t.kind = 'visit' and (exists (select 1 from benefit_awards aw where aw.policy_id = bc.policy_id
        and (aw.resident_id = t.resident_id or aw.enterprise_id = t.enterprise_id))
        or exists (select 1 from benefit_applications ba where ba.policy_id = bc.policy_id
        and (ba.resident_id = t.resident_id or ba.enterprise_id = t.enterprise_id) and ba.status in ('approved','disbursed'))))::int as awarded
    from benefit_campaign_targets t
    join benefit_campaigns bc on bc.id = t.campaign_id
    left join areas c on c.id = t.community_id
    where t.campaign_id = any(${campaignIds}::bigint[]) and ${areaInScope('t.area_id', actor)}
    group by t.campaign_id, t.community_id, c.name
    order by t.campaign_id, c.name`.execute(db);
  return rows;
}

function campaignSelect(db: Q) {
  return db
    .selectFrom('benefit_campaigns as bc')
    .innerJoin('benefit_policies as bp', 'bp.id', 'bc.policy_id')
    .innerJoin('users as u', 'u.id', 'bc.created_by_user_id')
    .select([
      'bc.id',
      'bc.policy_id',
      'bp.title as policy_title',
      'bc.policy_version',
      'bc.status',
      'u.display_name',
      'bc.created_at',
      'bc.closed_at',
      'bc.area_id',
    ]);
}
export type CampaignRow = Awaited<ReturnType<ReturnType<typeof campaignSelect>['execute']>>[number];

/** Campaigns that reach into the actor's areas (a community officer sees the street's campaigns that have tasks for them). */
function campaignVisibleTo(actor: Actor) {
  return sql<boolean>`(${areaInScope('bc.area_id', actor)} or exists (select 1 from benefit_campaign_targets t where t.campaign_id = bc.id and ${areaInScope('t.area_id', actor)}))`;
}
export function listCampaigns(db: Q, actor: Actor) {
  return campaignSelect(db).where(campaignVisibleTo(actor)).orderBy('bc.id', 'desc').limit(100).execute();
}
export function findCampaign(db: Q, actor: Actor, id: number) {
  return campaignSelect(db).where('bc.id', '=', id).where(campaignVisibleTo(actor)).executeTakeFirst();
}
export function closeCampaign(trx: Trx, id: number, at: Date) {
  return trx
    .updateTable('benefit_campaigns')
    .set({ status: 'closed', closed_at: at })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning('id')
    .executeTakeFirst();
}

/** The task's subject has a live application for the campaign's policy (a rejected one does not count). */
const taskApplied = sql<boolean>`exists (select 1 from benefit_applications ba where ba.policy_id = bc.policy_id
  and (ba.resident_id = t.resident_id or ba.enterprise_id = t.enterprise_id) and ba.status <> 'rejected')`;
/** The task's subject was granted the policy (a 免申即享 batch, or a paid application). */
const taskAwarded = sql<boolean>`exists (select 1 from benefit_awards aw where aw.policy_id = bc.policy_id
  and (aw.resident_id = t.resident_id or aw.enterprise_id = t.enterprise_id))`;

function taskSelect(db: Q) {
  return db
    .selectFrom('benefit_campaign_targets as t')
    .innerJoin('benefit_campaigns as bc', 'bc.id', 't.campaign_id')
    .innerJoin('benefit_policies as bp', 'bp.id', 'bc.policy_id')
    .innerJoin('areas as a', 'a.id', 't.area_id')
    .leftJoin('areas as p', 'p.id', 'a.parent_id')
    .leftJoin('residents as r', 'r.id', 't.resident_id')
    .leftJoin('enterprises as e', 'e.id', 't.enterprise_id')
    .select([
      't.id',
      't.campaign_id',
      'bc.policy_id',
      'bc.status as campaign_status',
      'bp.title as policy_title',
      't.kind',
      't.resident_id',
      't.enterprise_id',
      sql<string>`coalesce(r.name, e.name)`.as('name'),
      sql<string>`coalesce(r.phone, e.owner_phone)`.as('phone'),
      'a.name as area_name',
      communityNameOf.as('community_name'),
      't.missing',
      't.notified_at',
      sql<BenefitApplicationStatus | null>`(select ba.status from benefit_applications ba where ba.policy_id = bc.policy_id
        and (ba.resident_id = t.resident_id or ba.enterprise_id = t.enterprise_id) order by ba.id desc limit 1)`.as(
        'application_status',
      ),
      sql<number | null>`(select ba.id from benefit_applications ba where ba.policy_id = bc.policy_id
        and (ba.resident_id = t.resident_id or ba.enterprise_id = t.enterprise_id) order by ba.id desc limit 1)`.as(
        'application_id',
      ),
      sql<boolean>`${taskApplied}`.as('applied'),
      sql<boolean>`${taskAwarded}`.as('awarded'),
      sql<
        { outcome: string; note: string; officer: string; at: string }[]
      >`coalesce((select json_agg(json_build_object('outcome', v.outcome, 'note', v.note, 'officer', u.display_name, 'at', v.at) order by v.id)
        from benefit_visits v join users u on u.id = v.officer_user_id where v.target_id = t.id), '[]'::json)`.as(
        'visits',
      ),
    ]);
}
export type TaskRow = Awaited<ReturnType<ReturnType<typeof taskSelect>['execute']>>[number];

export async function listTasks(
  db: Q,
  actor: Actor,
  f: { campaignId?: number | undefined; open?: boolean | undefined },
  page: number,
  pageSize: number,
) {
  let q = taskSelect(db).where(areaInScope('t.area_id', actor));
  let c = db
    .selectFrom('benefit_campaign_targets as t')
    .innerJoin('benefit_campaigns as bc', 'bc.id', 't.campaign_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where(areaInScope('t.area_id', actor));
  if (f.campaignId) {
    q = q.where('t.campaign_id', '=', f.campaignId);
    c = c.where('t.campaign_id', '=', f.campaignId);
  }
  if (f.open !== undefined) {
    // a task closes itself once its subject applied or was awarded, however that happened
    const visited = sql<boolean>`exists (select 1 from benefit_visits v where v.target_id = t.id)`;
    const cond = f.open
      ? sql<boolean>`bc.status = 'open' and not ${visited} and not ${taskApplied} and not ${taskAwarded}`
      : sql<boolean>`(bc.status = 'closed' or ${visited} or ${taskApplied} or ${taskAwarded})`;
    q = q.where(cond);
    c = c.where(cond);
  }
  const [rows, total] = await Promise.all([
    q
      .orderBy('t.kind', 'desc')
      .orderBy('t.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    c.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.n };
}
export function findTask(db: Q, actor: Actor, id: number) {
  return taskSelect(db).where('t.id', '=', id).where(areaInScope('t.area_id', actor)).executeTakeFirst();
}
export function insertVisit(
  trx: Trx,
  v: {
    target_id: number;
    officer_user_id: number;
    outcome: 'interested' | 'applied_on_site' | 'declined' | 'not_home' | 'data_collected';
    note: string;
    application_id: number | null;
    at: Date;
  },
) {
  return trx.insertInto('benefit_visits').values(v).returning('id').executeTakeFirstOrThrow();
}

export function insertConsent(
  trx: Trx,
  v: {
    resident_id: number;
    purpose: string;
    scope: string;
    method: 'paper' | 'verbal_witnessed';
    recorded_by_user_id: number;
    granted_at: Date;
  },
) {
  return trx.insertInto('consents').values(v).returning('id').executeTakeFirstOrThrow();
}

// ── suggestions ──────────────────────────────────────────────────────────

export async function insertSuggestion(
  trx: Trx,
  v: {
    policy_id: number;
    policy_version: number;
    resident_id: number | null;
    enterprise_id: number | null;
    reason: string;
    trigger: 'employment' | 'enterprise' | 'birthday' | 'nightly' | 'training';
    created_at: Date;
  },
) {
  const row = await trx
    .insertInto('benefit_suggestions')
    .values(v)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}
export function subjectTaken(db: Q, policyId: number, residentId: number | null, enterpriseId: number | null) {
  return db
    .selectFrom('benefit_applications as ba')
    .select('ba.id')
    .where('ba.policy_id', '=', policyId)
    .where('ba.status', '<>', 'rejected')
    .where(residentId ? sql<boolean>`ba.resident_id = ${residentId}` : sql<boolean>`ba.enterprise_id = ${enterpriseId}`)
    .unionAll(
      db
        .selectFrom('benefit_awards as aw')
        .select('aw.id')
        .where('aw.policy_id', '=', policyId)
        .where(
          residentId ? sql<boolean>`aw.resident_id = ${residentId}` : sql<boolean>`aw.enterprise_id = ${enterpriseId}`,
        ),
    )
    .executeTakeFirst();
}

/** Residents whose own or youngest child's birthday is today (the nightly re-evaluation's subjects). */
export function birthdaysOn(db: Q, today: string) {
  const md = today.slice(5);
  return db
    .selectFrom('residents as r')
    .leftJoin('resident_facts as f', 'f.resident_id', 'r.id')
    .select('r.id')
    .where((eb) =>
      eb.or([
        eb(sql`to_char(r.birth_date, 'MM-DD')`, '=', md),
        eb(sql`to_char(f.youngest_child_birth_date, 'MM-DD')`, '=', md),
      ]),
    )
    .execute();
}

export { communityIdOf };
