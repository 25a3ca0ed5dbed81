/**
 * The year's startup subsidies before the platform's October campaign (SPEC §1: "145家企业
 * 315万元创业补贴"): 124 small companies founded in the last three years received the
 * 小微企业一次性创业补贴, and the 21 micro-factories opened this year received it and the
 * 一次性创业补贴 as well — 145 enterprises, 315.2万元, every one an application reviewed by
 * its community and the street and paid in that month's batch. No total is typed in: the
 * dashboard adds these records up.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { fictionalCreditCode, seededRandom } from '../../db/seed/random';
import { YEAR_FACTORY_NAMES } from '../piecework';

type Trx = Transaction<Database>;

const PREFIXES = [
  '海晟',
  '瑞丰',
  '鑫源',
  '蓝湾',
  '金沙',
  '琴岛',
  '泰和',
  '嘉禾',
  '恒信',
  '明珠',
  '启航',
  '鼎盛',
  '润泽',
  '宏达',
  '安澜',
  '青禾',
];
const TRADES = [
  '物流',
  '电子商务',
  '餐饮管理',
  '家政服务',
  '文化传媒',
  '食品',
  '建材',
  '服饰',
  '信息技术',
  '养老服务',
  '教育咨询',
  '水产',
];

const OFFICER_OF_COMMUNITY: Record<string, string> = {
  安远路社区: 'anyuan01',
  复兴社区: 'fuxing01',
  铁橛山路社区: 'tiejue01',
  王戈庄社区: 'wanggezhuang01',
};
/** The officer who helped file an application (代办) is never the one who reviews it: a neighbour community's. */
const NEIGHBOUR: Record<string, string> = {
  anyuan01: 'fuxing01',
  fuxing01: 'tiejue01',
  tiejue01: 'wanggezhuang01',
  wanggezhuang01: 'anyuan01',
};

interface Award {
  enterpriseId: number;
  areaId: number;
  type: string;
  community: string;
  established: string;
  policy: 'startup-once' | 'micro-enterprise-startup';
  amountFen: number;
  day: string;
}

export async function seedStartupSubsidyYear(
  trx: Trx,
  policyId: (code: string) => number,
  streetAreaId: number,
  wang: number,
) {
  const rand = seededRandom(20260315);
  const users = await trx.selectFrom('users').select(['id', 'username']).where('kind', '=', 'staff').execute();
  const userOf = (u: string) => users.find((x) => x.username === u)!.id;
  const compounds = await sql<{ id: number; community: string }>`
    select a.id, c.name as community from areas a join areas c on c.id = a.parent_id
    where a.level = 'compound' and c.level = 'community' order by a.id`.execute(trx);

  // 124 small companies founded from mid-2024 to mid-2026
  const companies = Array.from({ length: 124 }, (_, i) => {
    const compound = compounds.rows[i % compounds.rows.length]!;
    const year = i % 3 === 0 ? 2024 : i % 3 === 1 ? 2025 : 2026;
    const month = year === 2024 ? 6 + (i % 7) : year === 2025 ? 1 + (i % 12) : 1 + (i % 7);
    return {
      area_id: compound.id,
      name: `青岛${PREFIXES[i % PREFIXES.length]}${TRADES[Math.floor(i / PREFIXES.length) % TRADES.length]}有限公司`,
      credit_code: fictionalCreditCode(7500 + i),
      type: 'company' as const,
      owner_name: `${'王李张刘陈杨赵黄周吴'[i % 10]}${'海建国秀丽志明春华玉'[(i * 3) % 10]}`,
      owner_phone: `137${String(30260000 + i)}`,
      established_on: `${year}-${String(month).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
      verified_at: new Date(`${year}-${String(month).padStart(2, '0')}-28T10:00:00+08:00`),
      verified_by_user_id: wang,
      updated_at: new Date(`${year}-${String(month).padStart(2, '0')}-28T10:00:00+08:00`),
    };
  });
  const inserted = await trx
    .insertInto('enterprises')
    .values(companies)
    .returning(['id', 'area_id', 'established_on'])
    .execute();
  const communityOf = new Map(compounds.rows.map((c) => [c.id, c.community]));

  const awards: Award[] = [];
  const monthAfter = (established: string, atLeast: number) => {
    const [y, m] = established.split('-').map(Number) as [number, number];
    const first = y < 2026 ? 1 : m + 1;
    return Math.min(10, Math.max(first, atLeast) + rand.int(0, 2));
  };
  for (const e of inserted) {
    const month = monthAfter(e.established_on!, 1);
    awards.push({
      enterpriseId: e.id,
      areaId: e.area_id,
      type: 'company',
      community: communityOf.get(e.area_id)!,
      established: e.established_on!,
      policy: 'micro-enterprise-startup',
      amountFen: 2_000_000,
      day: `2026-${String(month).padStart(2, '0')}-${String(5 + rand.int(0, 20)).padStart(2, '0')}`,
    });
  }
  // The micro-factories the street opened earlier this year: both startup subsidies.
  const factories = await sql<{ id: number; area_id: number; established_on: string; community: string }>`
    select e.id, e.area_id, to_char(e.established_on, 'YYYY-MM-DD') as established_on, c.name as community
    from enterprises e join areas a on a.id = e.area_id join areas c on c.id = a.parent_id
    where e.type = 'micro_factory' and e.name = any(${YEAR_FACTORY_NAMES()}::text[])
    order by e.id`.execute(trx);
  for (const e of factories.rows) {
    const month = monthAfter(e.established_on, 1);
    for (const [policy, amountFen] of [
      ['startup-once', 1_200_000],
      ['micro-enterprise-startup', 2_000_000],
    ] as const)
      awards.push({
        enterpriseId: e.id,
        areaId: e.area_id,
        type: 'micro_factory',
        community: e.community,
        established: e.established_on,
        policy,
        amountFen,
        day: `2026-${String(month).padStart(2, '0')}-${String(10 + rand.int(0, 15)).padStart(2, '0')}`,
      });
  }

  // One payment batch a month, confirmed on the 28th.
  for (let month = 1; month <= 10; month++) {
    const paid = awards.filter((a) => Number(a.day.slice(5, 7)) === month);
    if (paid.length === 0) continue;
    const at = (d: string, hh: string) => new Date(`${d}T${hh}:00:00+08:00`);
    const batchDay = `2026-${String(month).padStart(2, '0')}-28`;
    const batch = await trx
      .insertInto('benefit_payment_batches')
      .values({
        area_id: streetAreaId,
        kind: 'applications',
        status: 'confirmed',
        item_count: paid.length,
        total_fen: paid.reduce((sum, a) => sum + a.amountFen, 0),
        prepared_by_user_id: wang,
        prepared_at: at(batchDay, '09'),
        confirmed_by_user_id: wang,
        confirmed_at: at(batchDay, '10'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const applications = await trx
      .insertInto('benefit_applications')
      .values(
        paid.map((a) => {
          const reviewer = OFFICER_OF_COMMUNITY[a.community] ?? 'fuxing01';
          return {
            policy_id: policyId(a.policy),
            policy_version: 1,
            enterprise_id: a.enterpriseId,
            area_id: a.areaId,
            status: 'disbursed' as const,
            submitted_by_user_id: userOf(NEIGHBOUR[reviewer]!),
            on_behalf: true,
            facts: JSON.stringify({ enterprise_type: a.type, employees: 3, hard_to_employ_hires: 0 }),
            eligibility: JSON.stringify({ outcome: 'eligible', conditions: [], missing: [], version: 1 }),
            suggested_amount_fen: a.amountFen,
            amount_fen: a.amountFen,
            community_reviewer_user_id: userOf(reviewer),
            street_reviewer_user_id: wang,
            batch_id: batch.id,
            created_at: at(a.day, '09'),
            updated_at: at(batchDay, '10'),
          };
        }),
      )
      .returning(['id', 'submitted_by_user_id', 'community_reviewer_user_id', 'created_at'])
      .execute();
    await trx
      .insertInto('benefit_application_events')
      .values(
        applications.flatMap((x) => [
          {
            application_id: x.id,
            action: 'submit',
            from_status: null,
            to_status: 'submitted' as const,
            actor_user_id: x.submitted_by_user_id,
            note: null,
            at: x.created_at,
          },
          {
            application_id: x.id,
            action: 'community_approve',
            from_status: 'submitted' as const,
            to_status: 'community_approved' as const,
            actor_user_id: x.community_reviewer_user_id!,
            note: null,
            at: x.created_at,
          },
          {
            application_id: x.id,
            action: 'street_approve',
            from_status: 'community_approved' as const,
            to_status: 'approved' as const,
            actor_user_id: wang,
            note: null,
            at: at(batchDay, '09'),
          },
          {
            application_id: x.id,
            action: 'disburse',
            from_status: 'approved' as const,
            to_status: 'disbursed' as const,
            actor_user_id: wang,
            note: `#${batch.id}`,
            at: at(batchDay, '10'),
          },
        ]),
      )
      .execute();
    await trx
      .insertInto('benefit_awards')
      .values(
        paid.map((a, k) => ({
          policy_id: policyId(a.policy),
          policy_version: 1,
          enterprise_id: a.enterpriseId,
          area_id: a.areaId,
          amount_fen: a.amountFen,
          application_id: applications[k]!.id,
          batch_id: batch.id,
          created_at: at(batchDay, '10'),
        })),
      )
      .execute();
  }
}
