/**
 * Shared employment (共享用工): an owner acts for her firm's posts and the agreements it is on (the
 * money each side records only for its own side); a worker answers only agreements she is listed on;
 * the street sees the board and brokers; officers read agreements of firms in their areas and record a
 * consent or an early return (代办) for a worker who lives in them.
 */
import { randomUUID } from 'node:crypto';
import { allowed, type Answer, type MatrixRow, type Who } from '../authorisation-matrix';
import type { World } from './world';

const R = ['resident'] as const;
const STREET = ['street_officer'] as const;
const ASSIST = ['community_officer', 'street_officer'] as const;

export async function sharingRows(w: World): Promise<MatrixRow[]> {
  const day = (offset: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offset * 86_400_000));
  const food = await w.id(`select id from enterprises where name = '铁橛山食品分装微工厂'`);
  const shuijiao = await w.id(`select id from enterprises where name = '鹏飞水饺馆'`);
  const compound = await w.id(`select id from areas where name = '复兴社区B区'`);
  const jinhuaSurplus = await w.id(`select id from sharing_posts where enterprise_id = $1 and kind = 'surplus'`, [
    w.enterprises.jinhua,
  ]);
  const pengfeiShortage = await w.id(`select id from sharing_posts where enterprise_id = $1`, [w.enterprises.pengfei]);
  // 金花 lends to 鹏飞家常菜馆 (pending); the food factory lends to 奥合源 (active, outside 复兴社区).
  const pending = await w.id(`select id from sharing_agreements where lending_enterprise_id = $1`, [
    w.enterprises.jinhua,
  ]);
  const active = await w.id(
    `select id from sharing_agreements where lending_enterprise_id = $1 and status = 'active'`,
    [food],
  );
  const worker = (phone: string) => w.id(`select id from residents where phone = $1`, [phone]);
  const zhou = await worker('13900000061'); // 周小梅, the food factory's packer (铁橛山路社区)
  const wu = await worker('13900000062'); // 吴桂芳, the food factory's packer
  const sun = await worker('13900000063'); // 孙丽娟, 金花's packer
  const closable = await w.id(
    `insert into sharing_posts (enterprise_id, area_id, kind, skills, headcount, start_date, end_date, client_key, created_by_user_id)
     values ($1, $2, 'surplus', '{packing}', 1, $3, $4, 'matrix-close', 1) returning id`,
    [w.enterprises.jinhua, compound, day(1), day(30)],
  );
  const elsewherePost = await w.id(
    `insert into sharing_posts (enterprise_id, area_id, kind, skills, headcount, start_date, end_date, client_key, created_by_user_id)
     values ($1, $2, 'surplus', '{packing}', 1, $3, $4, 'matrix-elsewhere', 1) returning id`,
    [w.elsewhere.enterprise, w.elsewhere.community, day(1), day(30)],
  );
  const agreement = async (lending: number, borrowing: number, area: number, status: string, key: string) =>
    w.id(
      `insert into sharing_agreements (lending_enterprise_id, borrowing_enterprise_id, area_id, post_title, daily_hours,
         start_date, end_date, headcount, wage_fen_per_day, social_insurance_fen_per_day, other_costs_fen_per_day,
         fee_fen_per_day, status, lending_signed_at, borrowing_signed_at, client_key, created_by_user_id)
       values ($1, $2, $3, '矩阵岗位', 8, $4, $5, 1, 16000, 2000, 0, 18000, $6, now(), now(), $7, 1) returning id`,
      [lending, borrowing, area, day(-20), day(40), status, key],
    );
  const addWorker = async (agreementId: number, residentId: number, enterprise: number, consent: string) => {
    const employment = await w
      .id(`select id from employments where resident_id = $1 and enterprise_id = $2 order by id limit 1`, [
        residentId,
        enterprise,
      ])
      .catch(() =>
        w.id(
          `insert into employments (resident_id, enterprise_id, area_id, source, start_date, created_by_user_id)
         select $1, id, area_id, 'recorded', $3, 1 from enterprises where id = $2 returning id`,
          [residentId, enterprise, day(-100)],
        ),
      );
    await w.t.adminQuery(
      `insert into sharing_agreement_workers (agreement_id, resident_id, employment_id, consent, consent_at)
       values ($1, $2, $3, $4, case when $4 = 'pending' then null else now() end)`,
      [agreementId, residentId, employment, consent],
    );
  };
  // 金花 borrows from the food factory (active): 窦金花 records what her firm pays for 吴桂芳.
  const borrowed = await agreement(food, w.enterprises.jinhua, compound, 'active', 'matrix-borrowed');
  await addWorker(borrowed, wu, food, 'consented');
  // 张丽 is listed on a pending agreement of 金花's: hers to answer.
  const zhangs = await agreement(w.enterprises.jinhua, shuijiao, compound, 'pending', 'matrix-zhang');
  await addWorker(zhangs, w.residents.zhangLi, w.enterprises.jinhua, 'pending');
  // Two firms of the other street, and their worker.
  const elsewhereFirm = await w.id(
    `insert into enterprises (area_id, name, credit_code, type, owner_name, owner_phone, updated_at)
     values ($1, '矩阵工厂', '91370211MA3MXTRD98', 'company', '矩阵', '13700009997', now()) returning id`,
    [w.elsewhere.community],
  );
  const elsewhere = await agreement(
    w.elsewhere.enterprise,
    elsewhereFirm,
    w.elsewhere.community,
    'pending',
    'matrix-x',
  );
  await addWorker(elsewhere, w.elsewhere.resident, w.elsewhere.enterprise, 'pending');

  const month = `${day(0).slice(0, 7)}-01`; // inside the agreements made above (day -20 … day 40)
  const draft = (key: string, residentId: number) => ({
    lendingEnterpriseId: w.enterprises.jinhua,
    borrowingEnterpriseId: shuijiao,
    postTitle: '矩阵帮工',
    siteAreaId: compound,
    dailyHours: 8,
    startDate: day(70),
    endDate: day(90),
    headcount: 1,
    workers: [{ residentId }],
    wageFenPerDay: 15000,
    socialInsuranceFenPerDay: 2000,
    feeFenPerDay: 17000,
    clientKey: key,
  });
  const own = (inScope: number, outOfScope: number) => ({
    other: { inScope: { id: inScope }, outOfScope: { id: outOfScope } },
  });
  const P = '/api/v1/employer/sharing';
  return [
    { method: 'GET', path: `${P}/posts`, expect: allowed(R), residentAs: 'owner' },
    {
      method: 'POST',
      path: `${P}/posts`,
      body: {
        enterpriseId: w.enterprises.jinhua,
        kind: 'surplus',
        skills: ['packing'],
        headcount: 1,
        startDate: day(1),
        endDate: day(20),
        siteAreaId: compound,
        clientKey: `matrix-${randomUUID()}`,
      },
      expect: allowed(R, 201),
      residentAs: 'owner',
    },
    {
      method: 'POST',
      path: `${P}/posts/{id}/close`,
      subjects: own(closable, pengfeiShortage),
      expect: allowed(R),
      residentAs: 'owner',
    },
    {
      method: 'GET',
      path: `${P}/posts/{id}/matches`,
      subjects: own(jinhuaSurplus, pengfeiShortage),
      expect: allowed(R),
      residentAs: 'owner',
    },
    {
      method: 'GET',
      path: `${P}/employees`,
      query: { enterpriseId: String(w.enterprises.jinhua) },
      expect: allowed(R),
      residentAs: 'owner',
    },
    { method: 'GET', path: `${P}/agreements`, expect: allowed(R), residentAs: 'owner' },
    {
      method: 'POST',
      path: `${P}/agreements`,
      body: draft('matrix-draft', sun),
      expect: allowed(R, 201),
      residentAs: 'owner',
    },
    {
      method: 'GET',
      path: `${P}/agreements/{id}`,
      subjects: own(pending, active),
      expect: allowed(R),
      residentAs: 'owner',
    },
    {
      method: 'POST',
      path: `${P}/agreements/{id}/sign`,
      subjects: own(pending, active),
      body: { enterpriseId: w.enterprises.jinhua },
      expect: allowed(R),
      residentAs: 'owner',
    },
    {
      method: 'PUT',
      path: `${P}/agreements/{id}/payments`,
      subjects: own(borrowed, active),
      body: { residentId: wu, month, hours: 16 },
      expect: allowed(R),
      residentAs: 'owner',
    },
    {
      // 金花's own agreement waits for its worker's consent: authorised, then refused by the rule.
      method: 'PUT',
      path: `${P}/agreements/{id}/wages`,
      subjects: own(pending, active),
      body: { residentId: zhou, month, paidFen: 100 },
      expect: allowed(R),
      authorised: ['409 SHARING_CONSENT_MISSING'],
      residentAs: 'owner',
    },
    {
      // Either firm returns a worker at the end date; before it, authorised and refused by the rule.
      method: 'POST',
      path: `${P}/agreements/{id}/returns`,
      subjects: own(borrowed, active),
      body: { enterpriseId: w.enterprises.jinhua, residentIds: [wu], kind: 'end_date' },
      expect: allowed(R),
      authorised: ['409 SHARING_RETURN_BEFORE_END'],
      residentAs: 'owner',
    },
    {
      method: 'POST',
      path: `${P}/agreements/{id}/extension`,
      subjects: own(borrowed, active),
      body: { enterpriseId: w.enterprises.jinhua, endDate: day(45) },
      expect: allowed(R),
      residentAs: 'owner',
    },
    { method: 'GET', path: '/api/v1/me/sharing', expect: allowed(R) },
    {
      // 张丽's agreement may not be active yet, nor have an extension: authorised, then refused by name.
      method: 'POST',
      path: '/api/v1/me/sharing/{id}/return',
      subjects: own(zhangs, pending),
      body: { duty: 'rest' },
      expect: allowed(R),
      authorised: ['409 SHARING_NOT_LENT'],
    },
    {
      method: 'POST',
      path: '/api/v1/me/sharing/{id}/extension',
      subjects: own(zhangs, pending),
      body: { decision: 'consent' },
      expect: allowed(R),
      authorised: ['409 SHARING_NO_EXTENSION'],
    },
    {
      method: 'POST',
      path: '/api/v1/me/sharing/{id}/consent',
      subjects: own(zhangs, pending),
      body: { decision: 'consent' },
      expect: allowed(R),
    },
    { method: 'GET', path: '/api/v1/sharing/board', expect: allowed(STREET) },
    {
      method: 'GET',
      path: '/api/v1/sharing/posts/{id}/matches',
      subjects: own(pengfeiShortage, elsewherePost),
      expect: allowed(STREET),
    },
    {
      method: 'GET',
      path: '/api/v1/sharing/employees',
      query: { enterpriseId: String(w.enterprises.jinhua) },
      expect: allowed(STREET),
    },
    {
      method: 'POST',
      path: '/api/v1/sharing/agreements',
      body: draft('matrix-brokered', w.residents.songXiuxiu),
      expect: allowed(STREET, 201),
    },
    {
      method: 'GET',
      path: '/api/v1/sharing/agreements/{id}',
      subjects: {
        other: { inScope: { id: pending }, outOfScope: { id: active } },
        street_officer: { inScope: { id: active }, outOfScope: { id: elsewhere } },
      },
      expect: allowed(ASSIST),
    },
    {
      method: 'POST',
      path: '/api/v1/sharing/agreements/{id}/assisted-consent',
      subjects: {
        other: { inScope: { id: zhangs }, outOfScope: { id: active } },
        street_officer: { inScope: { id: zhangs }, outOfScope: { id: elsewhere } },
      },
      body: (who: Who, where: keyof Answer) => ({
        residentId: where === 'inScope' ? w.residents.zhangLi : who === 'street_officer' ? w.elsewhere.resident : zhou,
        decision: 'consent',
        witness: '矩阵见证人',
      }),
      expect: allowed(ASSIST),
    },
    {
      // 代办 of an early return: 张丽's agreement is not active yet, so authorised, then refused by name.
      method: 'POST',
      path: '/api/v1/sharing/agreements/{id}/assisted-return',
      subjects: {
        other: { inScope: { id: zhangs }, outOfScope: { id: active } },
        street_officer: { inScope: { id: zhangs }, outOfScope: { id: elsewhere } },
      },
      body: (who: Who, where: keyof Answer) => ({
        residentId: where === 'inScope' ? w.residents.zhangLi : who === 'street_officer' ? w.elsewhere.resident : zhou,
        duty: 'rest',
        consentMethod: 'verbal_witnessed',
        witness: '矩阵见证人',
      }),
      expect: allowed(ASSIST),
      authorised: ['409 SHARING_NOT_LENT'],
    },
  ];
}
