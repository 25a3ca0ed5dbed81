/**
 * The demo street's policies (SPEC §3.3) with demo parameters a street officer
 * can edit, the facts community officers have recorded, hires made through the
 * platform, applications at every stage, and one finished outreach campaign.
 * 陈鹏飞 (from 平度, two restaurants in 铁橛山路社区 since January) qualifies
 * for 一次性创业补贴 and 创业担保贷款 and has applied for neither yet; 李兵's
 * new studio at 王戈庄 qualifies for the startup subsidy and is half-way.
 */
import { sql, type Transaction } from 'kysely';
import type { RuleNode } from '../../../shared/benefits-rules';
import type { Benefit } from '../../../shared/schemas/benefits';
import { insertCampaignTargets } from './benefits.repository';
import { seedStartupSubsidyYear } from './benefits-year.seed';
import type { Database } from '../../db/types';

type Trx = Transaction<Database>;

interface PolicySeed {
  code: string;
  title: string;
  category: 'startup' | 'employment' | 'social_insurance' | 'training' | 'loan';
  target: 'person' | 'enterprise';
  summary: string;
  benefit: Benefit;
  legalBasis: string;
  mode: 'apply' | 'automatic';
  materials: string[];
  station: string | null;
  faq: { q: string; a: string }[];
  rule: RuleNode;
}

export const DEMO_POLICIES: PolicySeed[] = [
  {
    code: 'startup-once',
    title: '一次性创业补贴',
    category: 'startup',
    target: 'enterprise',
    summary: '首次创办个体工商户、小店或微工厂并正常经营的，可一次性领取创业补贴。',
    benefit: { kind: 'fixed', amountFen: 1_200_000 },
    legalBasis: '青岛市创业补贴政策（演示参数）',
    mode: 'apply',
    materials: ['营业执照', '经营者身份证', '经营场所证明'],
    station: '铁橛山路社区创贷驿站',
    faq: [{ q: '开了两家店能领两次吗？', a: '每家符合条件的经营主体可分别申请一次。' }],
    rule: {
      kind: 'all',
      rules: [
        { kind: 'oneOf', fact: 'enterprise_type', values: ['individual_business', 'shop', 'micro_factory'] },
        { kind: 'compare', fact: 'months_in_operation', op: 'ge', value: 1 },
        { kind: 'compare', fact: 'months_in_operation', op: 'le', value: 36 },
      ],
    },
  },
  {
    code: 'guarantee-loan',
    title: '创业担保贷款',
    category: 'loan',
    target: 'person',
    summary: '在本市创业的劳动年龄人员，可申请最高30万元的创业担保贷款，财政按规定贴息。',
    benefit: { kind: 'loan', maxFen: 30_000_000 },
    legalBasis: '创业担保贷款实施办法（演示参数）',
    mode: 'apply',
    materials: ['身份证', '营业执照', '贷款申请表'],
    station: '铁橛山路社区创贷驿站',
    faq: [{ q: '外区县户籍可以申请吗？', a: '本市户籍（含平度、莱西等）均可申请。' }],
    rule: {
      kind: 'all',
      rules: [
        { kind: 'compare', fact: 'age', op: 'ge', value: 18 },
        { kind: 'compare', fact: 'age', op: 'le', value: 60 },
        {
          kind: 'any',
          rules: [
            { kind: 'text', fact: 'hukou_area', op: 'startsWith', value: '青岛市' },
            { kind: 'hasLabel', label: 'graduate' },
            { kind: 'hasLabel', label: 'veteran' },
          ],
        },
        // the loan is for a business of the person's own: registered, being registered, or a plan filed at a 创贷驿站
        { kind: 'oneOf', fact: 'business_stage', values: ['registered', 'registering', 'plan_filed'] },
      ],
    },
  },
  {
    code: 'hire-hard-to-employ',
    title: '吸纳就业困难人员社保补贴',
    category: 'social_insurance',
    target: 'enterprise',
    summary: '通过平台招用就业困难人员的用人单位，按招用人数给予社会保险补贴。',
    benefit: { kind: 'per_unit', amountFen: 120_000, fact: 'hard_to_employ_hires', capFen: 1_200_000 },
    legalBasis: '就业补助资金管理办法（演示参数）',
    mode: 'apply',
    materials: ['劳动合同', '社保缴费凭证'],
    station: '就享家乐业服务站',
    faq: [{ q: '补贴按什么标准？', a: '每招用一名就业困难人员补贴1200元，最多10人。' }],
    rule: { kind: 'compare', fact: 'hard_to_employ_hires', op: 'ge', value: 1 },
  },
  {
    code: 'training-subsidy',
    title: '职业技能培训补贴',
    category: 'training',
    target: 'person',
    summary: '参加街道组织的基础培训并结业的居民，按实际出勤学时给予培训补贴。',
    // 10 元 an hour attended, up to 700 元 (demo parameters); a skill certificate is skill-certificate-subsidy
    benefit: { kind: 'per_unit', amountFen: 1_000, fact: 'basic_training_hours', capFen: 70_000 },
    legalBasis: '职业技能提升行动实施方案（演示参数）',
    mode: 'apply',
    materials: ['结业证书'],
    station: '就享家乐业服务站',
    faq: [{ q: '补贴按什么标准？', a: '按结业课程的实际出勤学时，每学时10元，最高700元。' }],
    rule: { kind: 'compare', fact: 'basic_training_hours', op: 'ge', value: 1 },
  },
  {
    code: 'skill-certificate-subsidy',
    title: '职业技能等级证书补贴',
    category: 'training',
    target: 'person',
    summary: '参加街道组织的技能培训（育婴员、缝纫工等）并取得结业证书的居民，每本证书给予补贴，高于基础培训补贴。',
    // 1500 元 a valid skill-course certificate, up to two (demo parameters): more than a basic course's hours earn
    benefit: { kind: 'per_unit', amountFen: 150_000, fact: 'skill_certificates', capFen: 300_000 },
    legalBasis: '职业技能提升行动实施方案；职业技能等级证书补贴（演示参数）',
    mode: 'apply',
    materials: ['技能培训结业证书'],
    station: '就享家乐业服务站',
    faq: [{ q: '补贴按什么标准？', a: '每本有效的技能培训证书补贴1500元，最多两本。' }],
    rule: { kind: 'compare', fact: 'skill_certificates', op: 'ge', value: 1 },
  },
  {
    code: 'flexible-insurance',
    title: '灵活就业人员社保补贴',
    category: 'social_insurance',
    target: 'person',
    summary: '就业困难人员登记失业满30天后灵活就业，或照顾3岁以下子女的宝妈灵活就业，免申即享社保补贴。',
    benefit: { kind: 'fixed', amountFen: 150_000 },
    legalBasis: '灵活就业社会保险补贴政策（演示参数）',
    mode: 'automatic',
    materials: [],
    station: '就享家乐业服务站',
    faq: [{ q: '需要申请吗？', a: '不需要，街道核定后直接发放并短信通知。' }],
    rule: {
      kind: 'any',
      rules: [
        {
          kind: 'all',
          rules: [
            { kind: 'hasLabel', label: 'hard_to_employ' },
            { kind: 'compare', fact: 'unemployed_days', op: 'ge', value: 30 },
          ],
        },
        {
          kind: 'all',
          rules: [
            { kind: 'hasLabel', label: 'mother' },
            { kind: 'compare', fact: 'youngest_child_age', op: 'lt', value: 3 },
          ],
        },
      ],
    },
  },
  {
    code: 'micro-enterprise-startup',
    title: '小微企业一次性创业补贴',
    category: 'startup',
    target: 'enterprise',
    summary: '成立3年内、带动3人以上就业的小微企业和微工厂，可一次性领取创业补贴。',
    benefit: { kind: 'fixed', amountFen: 2_000_000 },
    legalBasis: '小微企业创业补贴政策（演示参数）',
    mode: 'apply',
    materials: ['营业执照', '员工花名册', '社保缴费凭证'],
    station: '小台后工业园创贷驿站',
    faq: [],
    rule: {
      kind: 'all',
      rules: [
        { kind: 'oneOf', fact: 'enterprise_type', values: ['company', 'micro_factory'] },
        { kind: 'compare', fact: 'months_in_operation', op: 'le', value: 36 },
        { kind: 'compare', fact: 'employees', op: 'ge', value: 3 },
      ],
    },
  },
];

async function idOf(trx: Trx, table: 'areas' | 'stations' | 'enterprises', name: string): Promise<number> {
  const row = await trx.selectFrom(table).select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}
async function userId(trx: Trx, username: string): Promise<number> {
  return (await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}
async function residentByPhone(trx: Trx, phone: string) {
  return trx.selectFrom('residents').select(['id', 'area_id']).where('phone', '=', phone).executeTakeFirstOrThrow();
}

export async function seedBenefits(trx: Trx): Promise<void> {
  const street = await idOf(trx, 'areas', '珠海街道');
  const wang = await userId(trx, 'wangguiling');
  const at = (day: string) => new Date(`${day}T09:30:00+08:00`);
  const policy = new Map<string, number>();

  for (const p of DEMO_POLICIES) {
    const { id } = await trx
      .insertInto('benefit_policies')
      .values({
        area_id: street,
        code: p.code,
        title: p.title,
        category: p.category,
        target: p.target,
        summary: p.summary,
        benefit: JSON.stringify(p.benefit),
        legal_basis: p.legalBasis,
        valid_from: '2026-01-01',
        valid_to: '2027-12-31',
        mode: p.mode,
        materials: JSON.stringify(p.materials),
        station_id: p.station ? await idOf(trx, 'stations', p.station) : null,
        faq: JSON.stringify(p.faq),
        status: 'published',
        draft_rule: JSON.stringify(p.rule),
        current_version: 1,
        created_by_user_id: wang,
        created_at: at('2026-03-01'),
        updated_at: at('2026-03-01'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('benefit_policy_versions')
      .values({
        policy_id: id,
        version: 1,
        rule: JSON.stringify(p.rule),
        published_by_user_id: wang,
        published_at: at('2026-03-01'),
      })
      .execute();
    policy.set(p.code, id);
  }
  // The startup subsidies paid from January to October, before the campaign below.
  await seedStartupSubsidyYear(trx, (code) => policy.get(code)!, street, wang);

  // Facts community officers recorded: children's birth dates of some mothers, unemployment registration of some hard-to-employ residents.
  await sql`insert into resident_facts (resident_id, youngest_child_birth_date, recorded_by_user_id)
    select r.id, (date '2026-06-01' - (r.id % 9) * interval '5 months')::date, ${wang}::bigint from residents r
    where 'mother' = any(r.labels) and r.id % 3 <> 0`.execute(trx);
  await sql`insert into resident_facts (resident_id, unemployed_registered_on, recorded_by_user_id)
    select r.id, (date '2026-11-01' - (r.id % 5) * interval '20 days')::date, ${wang}::bigint from residents r
    where 'hard_to_employ' = any(r.labels) and r.id % 2 = 0
    on conflict (resident_id) do update set unemployed_registered_on = excluded.unemployed_registered_on`.execute(trx);
  const zhangli = await residentByPhone(trx, '13900000001');
  await trx
    .insertInto('resident_facts')
    .values({
      resident_id: zhangli.id,
      youngest_child_birth_date: '2024-08-12',
      business_stage: 'none',
      recorded_by_user_id: wang,
    })
    .onConflict((oc) =>
      oc.column('resident_id').doUpdateSet({ youngest_child_birth_date: '2024-08-12', business_stage: 'none' }),
    )
    .execute();
  // Residents who run a registered business of their own (陈鹏飞's restaurants, 李兵's martial-arts school, the factories' owners)
  await sql`insert into resident_facts (resident_id, business_stage, recorded_by_user_id)
    select r.id, 'registered', ${wang}::bigint from residents r
    where exists (select 1 from enterprises e where e.owner_phone = r.phone)
    on conflict (resident_id) do update set business_stage = excluded.business_stage`.execute(trx);

  // Hires through the platform: 奥合源 has taken on two hard-to-employ residents; 金花 micro-factory employs three mothers.
  const aohe = await idOf(trx, 'enterprises', '青岛奥合源服装有限公司');
  const jinhua = await idOf(trx, 'enterprises', '金花粉扑包装微工厂');
  const aoheArea = (
    await trx.selectFrom('enterprises').select('area_id').where('id', '=', aohe).executeTakeFirstOrThrow()
  ).area_id;
  const jinhuaArea = (
    await trx.selectFrom('enterprises').select('area_id').where('id', '=', jinhua).executeTakeFirstOrThrow()
  ).area_id;
  await sql`insert into employments (resident_id, enterprise_id, area_id, source, title, start_date, created_by_user_id)
    select r.id, ${aohe}::bigint, ${aoheArea}::bigint, 'platform', '缝纫工', date '2026-08-01', ${wang}::bigint
    from residents r where 'hard_to_employ' = any(r.labels) order by r.id limit 2`.execute(trx);
  await sql`insert into employments (resident_id, enterprise_id, area_id, source, title, start_date, created_by_user_id)
    select r.id, ${jinhua}::bigint, ${jinhuaArea}::bigint, 'platform', '包装工', date '2026-04-01', ${wang}::bigint
    from residents r where r.phone in ('13900000001', '13900000002') or (r.id in (select id from residents where 'mother' = any(labels) and phone not in ('13900000001','13900000002') order by id limit 1))`.execute(
    trx,
  );

  // One finished campaign: 一次性创业补贴 run over the street in October, visited, then applied and paid.
  const startup = policy.get('startup-once')!;
  const startupRule = DEMO_POLICIES[0]!.rule;
  const { id: campaignId } = await trx
    .insertInto('benefit_campaigns')
    .values({
      policy_id: startup,
      policy_version: 1,
      area_id: street,
      created_by_user_id: wang,
      created_at: at('2026-10-15'),
      status: 'closed',
      closed_at: at('2026-11-20'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const streetPath = (await trx.selectFrom('areas').select('path').where('id', '=', street).executeTakeFirstOrThrow())
    .path;
  await insertCampaignTargets(trx, campaignId, startup, 'enterprise', startupRule, '2026-10-15', [streetPath]);
  await trx
    .updateTable('benefit_campaign_targets')
    .set({ notified_at: at('2026-10-15') })
    .where('campaign_id', '=', campaignId)
    .where('kind', '=', 'visit')
    .execute();
  const targets = await trx
    .selectFrom('benefit_campaign_targets as t')
    .innerJoin('enterprises as e', 'e.id', 't.enterprise_id')
    .select(['t.id', 'e.name', 'e.id as enterprise_id'])
    .where('t.campaign_id', '=', campaignId)
    // the qualified were visited; the collect-data tasks are still open
    .where('t.kind', '=', 'visit')
    .execute();
  const officers: Record<string, string> = {
    复兴: 'fuxing01',
    安远: 'anyuan01',
    铁橛: 'tiejue01',
    王戈: 'wanggezhuang01',
  };
  for (const t of targets) {
    const key = Object.keys(officers).find((k) => t.name.includes(k.slice(0, 2))) ?? '复兴';
    const outcome = t.name.includes('鹏飞') ? 'not_home' : 'interested';
    await trx
      .insertInto('benefit_visits')
      .values({
        target_id: t.id,
        officer_user_id: await userId(trx, officers[key]!),
        outcome,
        note: outcome === 'interested' ? '已讲解政策，店主有意申请' : '两次上门未遇，已留联系卡',
        at: at('2026-10-22'),
      })
      .execute();
  }

  // Applications at each stage.
  const today = '2026-11-30';
  const application = async (o: {
    enterprise: string;
    submitter: number;
    onBehalf?: boolean;
    status: 'submitted' | 'community_approved' | 'approved' | 'disbursed' | 'rejected' | 'returned';
    community?: number;
    street?: number;
    reason?: string;
    day: string;
  }) => {
    const e = await trx
      .selectFrom('enterprises')
      .select(['id', 'area_id', 'type', 'established_on'])
      .where('name', '=', o.enterprise)
      .executeTakeFirstOrThrow();
    const facts = {
      enterprise_type: e.type,
      months_in_operation: e.established_on ? monthsSince(e.established_on, today) : null,
      employees: 0,
      hard_to_employ_hires: 0,
    };
    const { id } = await trx
      .insertInto('benefit_applications')
      .values({
        policy_id: startup,
        policy_version: 1,
        enterprise_id: e.id,
        area_id: e.area_id,
        // a paid application is inserted approved and moved into its batch below
        status: o.status === 'disbursed' ? 'approved' : o.status,
        submitted_by_user_id: o.submitter,
        on_behalf: o.onBehalf ?? false,
        facts: JSON.stringify(facts),
        eligibility: JSON.stringify({ outcome: 'eligible', conditions: [], missing: [], version: 1 }),
        suggested_amount_fen: 1_200_000,
        amount_fen: o.status === 'approved' || o.status === 'disbursed' ? 1_200_000 : null,
        reason: o.reason ?? null,
        community_reviewer_user_id: o.community ?? null,
        street_reviewer_user_id: o.street ?? null,
        created_at: at(o.day),
        updated_at: at(o.day),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const steps: [string, string | null, string, number, string | null][] = [
      ['submit', null, 'submitted', o.submitter, null],
    ];
    if (o.community) steps.push(['community_approve', 'submitted', 'community_approved', o.community, null]);
    if (o.street) steps.push(['street_approve', 'community_approved', 'approved', o.street, null]);
    if (o.status === 'returned')
      steps.push(['return', 'submitted', 'returned', await userId(trx, 'fuxing01'), o.reason ?? null]);
    if (o.status === 'rejected')
      steps.push(['reject', 'submitted', 'rejected', await userId(trx, 'anyuan01'), o.reason ?? null]);
    for (const [action, from, to, actor, note] of steps) {
      await trx
        .insertInto('benefit_application_events')
        .values({
          application_id: id,
          action,
          from_status: from as 'submitted' | null,
          to_status: to as 'submitted',
          actor_user_id: actor,
          note,
          at: at(o.day),
        })
        .execute();
    }
    return { id, enterpriseId: e.id, areaId: e.area_id };
  };
  const ownerUser = async (phone: string) =>
    (await trx.selectFrom('users').select('id').where('phone', '=', phone).executeTakeFirstOrThrow()).id;
  const fuxing = await userId(trx, 'fuxing01');
  const wanggezhuang = await userId(trx, 'wanggezhuang01');
  const anyuan = await userId(trx, 'anyuan01');
  // 窦金花's micro-factory: through both reviews and paid in a batch
  const paid = await application({
    enterprise: '金花粉扑包装微工厂',
    submitter: await ownerUser('13900000010'),
    status: 'disbursed',
    community: fuxing,
    street: wang,
    day: '2026-10-20',
  });
  // 复兴服装缝纫微工厂: applied for by the community officer (代办), approved, waiting for the next batch
  await application({
    enterprise: '复兴服装缝纫微工厂',
    submitter: anyuan,
    onBehalf: true,
    status: 'approved',
    community: fuxing,
    street: wang,
    day: '2026-10-25',
  });
  // 李兵's studio: the community has reviewed it, the street has not yet
  await application({
    enterprise: '王戈庄兵武馆',
    submitter: await ownerUser('13900000030'),
    status: 'community_approved',
    community: wanggezhuang,
    day: '2026-11-18',
  });
  // 王戈庄饰品串珠微工厂: just submitted
  await application({
    enterprise: '王戈庄饰品串珠微工厂',
    submitter: wanggezhuang,
    onBehalf: true,
    status: 'submitted',
    day: '2026-11-26',
  });
  // 安远箱包: returned for the lease of the workshop
  await application({
    enterprise: '安远箱包加工微工厂',
    submitter: fuxing,
    onBehalf: true,
    status: 'returned',
    reason: '请补充经营场所租赁合同',
    day: '2026-11-10',
  });
  // 铁橛山食品分装: the street found it registered elsewhere before; a second subsidy is refused
  await application({
    enterprise: '铁橛山食品分装微工厂',
    submitter: fuxing,
    onBehalf: true,
    status: 'rejected',
    reason: '经营者此前已领取过一次性创业补贴',
    day: '2026-11-05',
  });

  const { id: batchId } = await trx
    .insertInto('benefit_payment_batches')
    .values({
      area_id: street,
      kind: 'applications',
      status: 'confirmed',
      policy_id: null,
      policy_version: null,
      item_count: 1,
      total_fen: 1_200_000,
      prepared_by_user_id: wang,
      prepared_at: at('2026-11-15'),
      confirmed_by_user_id: wang,
      confirmed_at: at('2026-11-15'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('benefit_applications')
    .set({ status: 'disbursed', batch_id: batchId })
    .where('id', '=', paid.id)
    .execute();
  await trx
    .insertInto('benefit_application_events')
    .values({
      application_id: paid.id,
      action: 'disburse',
      from_status: 'approved',
      to_status: 'disbursed',
      actor_user_id: wang,
      note: `#${batchId}`,
      at: at('2026-11-15'),
    })
    .execute();
  await trx
    .insertInto('benefit_awards')
    .values({
      policy_id: startup,
      policy_version: 1,
      enterprise_id: paid.enterpriseId,
      area_id: paid.areaId,
      amount_fen: 1_200_000,
      application_id: paid.id,
      batch_id: batchId,
      created_at: at('2026-11-15'),
    })
    .execute();
}

function monthsSince(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
