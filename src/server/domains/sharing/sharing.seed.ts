/**
 * Shared employment's part of the demo street (SPEC §3.5): 铁橛山食品分装微工厂 has staff to spare
 * in its slack season and 青岛奥合源服装有限公司 is short of hands for its peak; the street brokered
 * an agreement for two of the food factory's workers, active, with one month flagged because a
 * worker was paid less than her share. 金花粉扑包装微工厂 offers two packers, 鹏飞家常菜馆 needs weekend
 * help, and their agreement waits for the worker's consent. Runs after benefits (which records
 * 金花's employments).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { belowCost, receivedForHours } from '../../../shared/sharing/agreement-rules';

type Trx = Transaction<Database>;

/** Workers of the sharing story (demo sign-ins by phone, like the article's people). */
export const SHARING_PEOPLE = [
  { name: '周小梅', phone: '13900000061', birth: '1986-03-14', compound: '嘉陵江路公寓', employer: 'food' },
  { name: '吴桂芳', phone: '13900000062', birth: '1979-11-02', compound: '铁橛山路小区', employer: 'food' },
  { name: '孙丽娟', phone: '13900000063', birth: '1990-07-21', compound: '复兴社区A区', employer: 'jinhua' },
] as const;

async function enterprise(trx: Trx, name: string) {
  return trx.selectFrom('enterprises').select(['id', 'area_id']).where('name', '=', name).executeTakeFirstOrThrow();
}

async function userId(trx: Trx, where: { username?: string; phone?: string }) {
  let q = trx.selectFrom('users').select('id');
  if (where.username) q = q.where('username', '=', where.username);
  if (where.phone) q = q.where('phone', '=', where.phone);
  return (await q.executeTakeFirstOrThrow()).id;
}

export async function seedSharing(trx: Trx, areaId: (name: string) => number) {
  const food = await enterprise(trx, '铁橛山食品分装微工厂');
  const aohe = await enterprise(trx, '青岛奥合源服装有限公司');
  const jinhua = await enterprise(trx, '金花粉扑包装微工厂');
  const pengfei = await enterprise(trx, '鹏飞家常菜馆');
  const street = await userId(trx, { username: 'wangguiling' });
  const dou = await userId(trx, { phone: '13900000010' });
  const chen = await userId(trx, { phone: '13900000020' });

  // The food factory's two packers on one-year labour contracts, and one of 金花's packers (the
  // sharing journey's worker): fictional neighbours with fixed demo phones, so the guide can name them.
  const packers = [];
  for (const p of SHARING_PEOPLE) {
    const resident = await trx
      .insertInto('residents')
      .values({
        area_id: areaId(p.compound),
        name: p.name,
        gender: 'female',
        birth_date: p.birth,
        phone: p.phone,
        hukou_area: '青岛市黄岛区',
        labels: [],
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const firm = p.employer === 'food' ? food : jinhua;
    const employment = await trx
      .insertInto('employments')
      .values({
        resident_id: resident.id,
        enterprise_id: firm.id,
        area_id: firm.area_id,
        source: 'recorded',
        title: p.employer === 'food' ? '分装工' : '包装工',
        start_date: '2026-05-06',
        end_date: '2027-05-05',
        created_by_user_id: street,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    packers.push({ id: resident.id, employment: employment.id, employer: p.employer });
  }

  const post = (row: {
    enterprise: { id: number };
    kind: 'surplus' | 'shortage';
    skills: string[];
    headcount: number;
    start: string;
    end: string;
    site: string;
    hours?: number;
    pay?: number;
    note: string;
    by: number;
  }) =>
    trx
      .insertInto('sharing_posts')
      .values({
        enterprise_id: row.enterprise.id,
        area_id: areaId(row.site),
        kind: row.kind,
        skills: row.skills,
        headcount: row.headcount,
        start_date: row.start,
        end_date: row.end,
        daily_hours: row.hours ?? null,
        pay_fen_per_day: row.pay ?? null,
        note: row.note,
        client_key: `demo-sharing-${row.enterprise.id}-${row.kind}`,
        created_by_user_id: row.by,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

  const foodSurplus = await post({
    enterprise: food,
    kind: 'surplus',
    skills: ['food_processing', 'packing'],
    headcount: 3,
    start: '2026-11-16',
    end: '2027-02-28',
    site: '嘉陵江路公寓',
    note: '淡季富余分装工，熟练包装',
    by: street,
  });
  const aoheShortage = await post({
    enterprise: aohe,
    kind: 'shortage',
    skills: ['packing', 'sewing'],
    headcount: 2,
    start: '2026-11-16',
    end: '2027-01-15',
    site: '小台后工业园',
    hours: 8,
    pay: 18000,
    note: '旺季订单，急需包装工',
    by: street,
  });
  await post({
    enterprise: jinhua,
    kind: 'surplus',
    skills: ['packing', 'handcraft'],
    headcount: 2,
    start: '2026-12-01',
    end: '2027-03-31',
    site: '复兴社区B区',
    note: '周末可出借包装工',
    by: dou,
  });
  const pengfeiShortage = await post({
    enterprise: pengfei,
    kind: 'shortage',
    skills: ['serving', 'cleaning'],
    headcount: 1,
    start: '2026-12-12',
    end: '2027-02-28',
    site: '铁橛山路社区',
    hours: 6,
    pay: 15000,
    note: '周末客流大，需要帮手',
    by: chen,
  });

  // The brokered agreement, active: two packers to 奥合源 for the peak.
  const costs = { wageFenPerDay: 18000, socialInsuranceFenPerDay: 3000, otherCostsFenPerDay: 500 };
  const fee = costs.wageFenPerDay + costs.socialInsuranceFenPerDay + costs.otherCostsFenPerDay;
  const signedAt = new Date('2026-11-12T02:00:00Z');
  const { id: active } = await trx
    .insertInto('sharing_agreements')
    .values({
      lending_enterprise_id: food.id,
      borrowing_enterprise_id: aohe.id,
      area_id: areaId('小台后工业园'),
      surplus_post_id: foodSurplus.id,
      shortage_post_id: aoheShortage.id,
      post_title: '成衣包装工',
      daily_hours: 8,
      start_date: '2026-11-16',
      end_date: '2027-01-15',
      headcount: 2,
      wage_fen_per_day: costs.wageFenPerDay,
      social_insurance_fen_per_day: costs.socialInsuranceFenPerDay,
      other_costs_fen_per_day: costs.otherCostsFenPerDay,
      other_costs_note: '往返交通补贴',
      fee_fen_per_day: fee,
      duties: '每日不超过8小时，每周休息1天；提供岗前安全培训和劳动防护用品',
      return_reasons: '严重违反借用企业规章制度；不能胜任岗位经培训仍不能胜任',
      extension_terms: '双方协商一致并经每位员工本人同意后可续期一次，最长一个月',
      status: 'active',
      lending_signed_at: signedAt,
      borrowing_signed_at: signedAt,
      activated_at: signedAt,
      client_key: 'demo-sharing-active',
      created_by_user_id: street,
      brokered: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const lent = packers.filter((p) => p.employer === 'food');
  await trx
    .insertInto('sharing_agreement_workers')
    .values(
      lent.map((p) => ({
        agreement_id: active,
        resident_id: p.id,
        employment_id: p.employment,
        consent: 'consented' as const,
        consent_method: 'app' as const,
        consent_by_user_id: street,
        consent_at: signedAt,
      })),
    )
    .execute();
  // November: 88 hours each; the second was paid her whole share, the first 80 元 short (flagged).
  for (const [i, p] of lent.entries()) {
    const received = receivedForHours(88, fee, 8);
    const paid = i === 0 ? 190000 : 198000;
    await trx
      .insertInto('sharing_pay_months')
      .values({
        agreement_id: active,
        resident_id: p.id,
        month: '2026-11-01',
        hours: 88,
        received_fen: received,
        paid_fen: paid,
        below_cost: belowCost({ receivedFen: received, paidFen: paid }, costs),
      })
      .execute();
  }
  await trx
    .insertInto('sharing_agreement_events')
    .values([
      { agreement_id: active, kind: 'brokered', actor_user_id: street, at: signedAt },
      { agreement_id: active, kind: 'activated', actor_user_id: street, at: signedAt },
    ])
    .execute();

  // 金花's packer for 鹏飞's weekends: both firms signed, she has not answered yet.
  const jinhuaPacker = await trx
    .selectFrom('employments as m')
    .innerJoin('residents as r', 'r.id', 'm.resident_id')
    .select(['m.id', 'm.resident_id'])
    .where('m.enterprise_id', '=', jinhua.id)
    .where('r.phone', 'not in', ['13900000001', '13900000002'])
    .orderBy('m.id')
    .executeTakeFirstOrThrow();
  const { id: pending } = await trx
    .insertInto('sharing_agreements')
    .values({
      lending_enterprise_id: jinhua.id,
      borrowing_enterprise_id: pengfei.id,
      area_id: areaId('铁橛山路社区'),
      shortage_post_id: pengfeiShortage.id,
      post_title: '周末服务员',
      daily_hours: 6,
      start_date: '2026-12-12',
      end_date: '2027-02-28',
      headcount: 1,
      wage_fen_per_day: 15000,
      social_insurance_fen_per_day: 2000,
      other_costs_fen_per_day: 0,
      fee_fen_per_day: 17000,
      duties: '仅周末上岗，每日不超过6小时；提供工作餐和防滑鞋',
      return_reasons: '借用企业停业或调整营业时间',
      extension_terms: '经员工本人同意后可按月续期',
      lending_signed_at: signedAt,
      borrowing_signed_at: signedAt,
      client_key: 'demo-sharing-pending',
      created_by_user_id: dou,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('sharing_agreement_workers')
    .values({ agreement_id: pending, resident_id: jinhuaPacker.resident_id, employment_id: jinhuaPacker.id })
    .execute();
  await trx
    .insertInto('sharing_agreement_events')
    .values({ agreement_id: pending, kind: 'drafted', actor_user_id: dou, at: signedAt })
    .execute();
}
