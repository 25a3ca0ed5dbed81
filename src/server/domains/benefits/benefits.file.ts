/**
 * What benefits keeps about one resident or one enterprise — the policies the
 * platform found for them, applications, awards and door visits — for the whole
 * file an officer opens (一人一档, SPEC §4).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client';

type Subject = { residentId: number } | { enterpriseId: number };

const column = (s: Subject) => ('residentId' in s ? 'resident_id' : 'enterprise_id');
const idOf = (s: Subject) => ('residentId' in s ? s.residentId : s.enterpriseId);

async function results(db: Db, s: Subject) {
  const id = idOf(s);
  const by = sql.ref(column(s));
  // A suggestion made by a trigger, and each campaign that found the subject, newest first.
  const { rows } = await sql<{
    policy_id: number;
    policy_title: string;
    campaign_id: number | null;
    reason: string | null;
    at: Date;
  }>`
    select x.policy_id, p.title as policy_title, x.campaign_id, x.reason, x.at
      from (select g.policy_id, null::bigint as campaign_id, g.reason, g.created_at as at
              from benefit_suggestions g where g.${by} = ${id}
            union all
            select c.policy_id, c.id, null, c.created_at
              from benefit_campaign_targets t join benefit_campaigns c on c.id = t.campaign_id
             where t.${by} = ${id}) x
      join benefit_policies p on p.id = x.policy_id
     order by x.at desc`.execute(db);
  return rows.map((r) => ({
    policyId: r.policy_id,
    policyTitle: r.policy_title,
    campaignId: r.campaign_id,
    reason: r.reason,
    at: new Date(r.at).toISOString(),
  }));
}

async function applications(db: Db, s: Subject) {
  const rows = await db
    .selectFrom('benefit_applications as a')
    .innerJoin('benefit_policies as p', 'p.id', 'a.policy_id')
    .innerJoin('users as u', 'u.id', 'a.submitted_by_user_id')
    .select([
      'a.id',
      'a.policy_id',
      'p.title',
      'a.status',
      'a.amount_fen',
      'a.on_behalf',
      'u.display_name',
      'a.created_at',
    ])
    .where(`a.${column(s)}`, '=', idOf(s))
    .orderBy('a.id', 'desc')
    .execute();
  return rows.map((a) => ({
    id: a.id,
    policyId: a.policy_id,
    policyTitle: a.title,
    status: a.status,
    amountFen: a.amount_fen,
    onBehalfBy: a.on_behalf ? a.display_name : null,
    createdAt: a.created_at.toISOString(),
  }));
}

async function awards(db: Db, s: Subject) {
  const rows = await db
    .selectFrom('benefit_awards as w')
    .innerJoin('benefit_policies as p', 'p.id', 'w.policy_id')
    .select(['w.id', 'w.policy_id', 'p.title', 'w.amount_fen', 'w.application_id', 'w.created_at'])
    .where(`w.${column(s)}`, '=', idOf(s))
    .orderBy('w.id', 'desc')
    .execute();
  return rows.map((w) => ({
    id: w.id,
    policyId: w.policy_id,
    policyTitle: w.title,
    amountFen: w.amount_fen,
    applicationId: w.application_id,
    createdAt: w.created_at.toISOString(),
  }));
}

async function visits(db: Db, residentId: number) {
  const rows = await db
    .selectFrom('benefit_visits as v')
    .innerJoin('benefit_campaign_targets as t', 't.id', 'v.target_id')
    .innerJoin('benefit_campaigns as c', 'c.id', 't.campaign_id')
    .innerJoin('benefit_policies as p', 'p.id', 'c.policy_id')
    .innerJoin('users as u', 'u.id', 'v.officer_user_id')
    .select(['v.id', 'c.id as campaign_id', 'p.title', 'v.outcome', 'u.display_name', 'v.note', 'v.at'])
    .where('t.resident_id', '=', residentId)
    .orderBy('v.at', 'desc')
    .execute();
  return rows.map((v) => ({
    id: v.id,
    campaignId: v.campaign_id,
    policyTitle: v.title,
    outcome: v.outcome,
    officer: v.display_name,
    note: v.note,
    at: v.at.toISOString(),
  }));
}

export async function benefitsResidentFile(db: Db, residentId: number) {
  const s = { residentId };
  const [r, a, w, v] = await Promise.all([results(db, s), applications(db, s), awards(db, s), visits(db, residentId)]);
  return { results: r, applications: a, awards: w, visits: v };
}

export async function benefitsEnterpriseFile(db: Db, enterpriseId: number) {
  const s = { enterpriseId };
  const [r, a, w] = await Promise.all([results(db, s), applications(db, s), awards(db, s)]);
  return { results: r, applications: a, awards: w };
}
