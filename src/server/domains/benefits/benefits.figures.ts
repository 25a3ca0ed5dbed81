/**
 * The benefits domain's dashboard figures (SPEC §3.7): subsidies awarded (count and amount), the
 * startup subsidy the article reports ("145家企业 315万元创业补贴"), and the outreach campaigns'
 * funnel, qualified → notified → visited → applied → awarded.
 */
import { sql, type RawBuilder } from 'kysely';
import { shanghaiDay, type FigureDefinition, type FigureRange, type FigureRecordRow } from '../../core/figure';

const subjectName = sql`coalesce(e.name, r.name)`;
const subjectLink = (alias: string) =>
  sql`coalesce('/staff/enterprises/' || ${sql.ref(`${alias}.enterprise_id`)} || '/file', '/staff/residents/' || ${sql.ref(`${alias}.resident_id`)} || '/file')`;

const awards =
  (only: RawBuilder<boolean>) =>
  ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'award:' || w.id as key, w.area_id, ${shanghaiDay('w.created_at')} as day, w.amount_fen as amount,
    ${subjectName} as title, p.title as detail, ${subjectLink('w')} as link
  from benefit_awards w join benefit_policies p on p.id = w.policy_id
    left join enterprises e on e.id = w.enterprise_id left join residents r on r.id = w.resident_id
  where ${only} and ${shanghaiDay('w.created_at')} >= ${from} and ${shanghaiDay('w.created_at')} < ${to}`;

const anyAward = sql<boolean>`true`;

/** 创业补贴 申领 by enterprise: each enterprise awarded a startup subsidy in the range, once, with what it received. */
const startupEnterprises = ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'enterprise:' || e.id as key, e.area_id, max(${shanghaiDay('w.created_at')}) as day, sum(w.amount_fen) as amount,
    e.name as title, string_agg(p.title, '、' order by p.title) as detail, '/staff/enterprises/' || e.id || '/file' as link
  from benefit_awards w join benefit_policies p on p.id = w.policy_id join enterprises e on e.id = w.enterprise_id
  where p.category = 'startup' and ${shanghaiDay('w.created_at')} >= ${from} and ${shanghaiDay('w.created_at')} < ${to}
  group by e.id`;

/** A campaign's qualified subjects (targets to visit), in campaigns opened in the range, as far as a stage. */
type Stage = 'qualified' | 'notified' | 'visited' | 'applied' | 'awarded';
const sameSubject = (alias: string) =>
  sql`${sql.ref(`${alias}.policy_id`)} = c.policy_id
    and ${sql.ref(`${alias}.enterprise_id`)} is not distinct from t.enterprise_id
    and ${sql.ref(`${alias}.resident_id`)} is not distinct from t.resident_id
    and ${sql.ref(`${alias}.created_at`)} >= c.created_at`;
const STAGE: Record<Stage, RawBuilder<unknown>> = {
  qualified: sql`true`,
  notified: sql`t.notified_at is not null`,
  visited: sql`exists (select 1 from benefit_visits v where v.target_id = t.id)`,
  applied: sql`exists (select 1 from benefit_applications x where ${sameSubject('x')})`,
  awarded: sql`exists (select 1 from benefit_awards x where ${sameSubject('x')})`,
};
const campaign =
  (stage: Stage) =>
  ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'target:' || t.id as key, t.area_id, ${shanghaiDay('c.created_at')} as day, 1::bigint as amount,
    ${subjectName} as title, p.title as detail, '/staff/benefits/campaigns/' || c.id as link
  from benefit_campaign_targets t join benefit_campaigns c on c.id = t.campaign_id
    join benefit_policies p on p.id = c.policy_id
    left join enterprises e on e.id = t.enterprise_id left join residents r on r.id = t.resident_id
  where t.kind = 'visit' and ${STAGE[stage]}
    and ${shanghaiDay('c.created_at')} >= ${from} and ${shanghaiDay('c.created_at')} < ${to}`;

const CAMPAIGN_LABELS: Record<Stage, FigureDefinition['label']> = {
  qualified: { 'zh-CN': '政策找人·符合条件', en: 'Campaigns: qualified' },
  notified: { 'zh-CN': '政策找人·已通知', en: 'Campaigns: notified' },
  visited: { 'zh-CN': '政策找人·已走访', en: 'Campaigns: visited' },
  applied: { 'zh-CN': '政策找人·已申请', en: 'Campaigns: applied' },
  awarded: { 'zh-CN': '政策找人·已兑现', en: 'Campaigns: awarded' },
};

export const benefitsFigures: readonly FigureDefinition[] = [
  {
    id: 'benefits.awards',
    group: 'benefits',
    label: { 'zh-CN': '补贴发放笔数', en: 'Subsidies awarded' },
    unit: 'count',
    additive: true,
    records: awards(anyAward),
  },
  {
    id: 'benefits.awards-amount',
    group: 'benefits',
    label: { 'zh-CN': '补贴发放金额', en: 'Subsidies paid' },
    unit: 'fen',
    additive: true,
    records: awards(anyAward),
  },
  {
    id: 'benefits.startup-enterprises',
    group: 'benefits',
    label: { 'zh-CN': '创业补贴·企业数', en: 'Startup subsidy: enterprises' },
    unit: 'count',
    additive: false,
    records: startupEnterprises,
  },
  {
    id: 'benefits.startup-amount',
    group: 'benefits',
    label: { 'zh-CN': '创业补贴·金额', en: 'Startup subsidy: amount' },
    unit: 'fen',
    additive: false,
    records: startupEnterprises,
  },
  ...(['qualified', 'notified', 'visited', 'applied', 'awarded'] as const).map((stage): FigureDefinition => ({
    id: `benefits.campaign-${stage}`,
    group: 'campaign',
    label: CAMPAIGN_LABELS[stage],
    unit: 'count',
    additive: true,
    records: campaign(stage),
  })),
];
