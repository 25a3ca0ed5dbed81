import { beforeAll, describe, expect, it } from 'vitest';
import { businessDay } from '../../../shared/dates';
import { type Client, resident, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();

const day = (offset: number) => businessDay(new Date(Date.now() + offset * 86_400_000));
const firstOfNextMonth = () => {
  const d = new Date(`${day(10)}T00:00:00Z`);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-01`;
};

async function one(text: string, values: unknown[] = []): Promise<number> {
  const { rows } = await t.adminQuery(text, values);
  if (!rows[0]) throw new Error(`no row for ${text}`);
  return Number(rows[0].id);
}

let ids: {
  jinhua: number;
  shuijiao: number;
  zhangLi: number;
  stranger: number;
  shortTerm: number;
  compound: number;
  fuxingB: number;
};
let dou: Client;
let chen: Client;

beforeAll(async () => {
  ids = {
    jinhua: await one(`select id from enterprises where name = '金花粉扑包装微工厂'`),
    shuijiao: await one(`select id from enterprises where name = '鹏飞水饺馆'`),
    zhangLi: await one(`select id from residents where phone = '13900000001'`),
    stranger: await one(
      `select id from residents where id not in (select resident_id from employments) and phone not like '1390000%' order by id limit 1`,
    ),
    shortTerm: await one(
      `select id from residents where id not in (select resident_id from employments) and phone not like '1390000%' order by id offset 1 limit 1`,
    ),
    compound: await one(`select id from areas where name = '铁橛山路小区'`),
    fuxingB: await one(`select id from areas where name = '复兴社区B区'`),
  };
  // One of 金花's packers on a labour contract that ends in a month.
  await t.adminQuery(
    `insert into employments (resident_id, enterprise_id, area_id, source, title, start_date, end_date, created_by_user_id)
     select $1, $2, $3, 'recorded', '包装工', $4, $5, (select id from users where username = 'wangguiling')`,
    [ids.shortTerm, ids.jinhua, ids.fuxingB, day(-100), day(30)],
  );
  dou = await resident(t, '13900000010');
  chen = await resident(t, '13900000020');
});

function draft(overrides: Record<string, unknown> = {}) {
  return {
    lendingEnterpriseId: ids.jinhua,
    borrowingEnterpriseId: ids.shuijiao,
    postTitle: '周末帮厨',
    siteAreaId: ids.compound,
    dailyHours: 8,
    startDate: day(5),
    endDate: day(60),
    headcount: 1,
    workers: [{ residentId: ids.zhangLi }],
    wageFenPerDay: 16000,
    socialInsuranceFenPerDay: 2400,
    otherCostsFenPerDay: 600,
    otherCostsNote: '交通',
    feeFenPerDay: 19000,
    duties: '每日不超过8小时，提供防护用品',
    returnReasons: '借用企业停业',
    extensionTerms: '经本人同意可续期',
    clientKey: `draft-${Math.random().toString(36).slice(2)}`,
    ...overrides,
  };
}

const count = async () => (await t.adminQuery(`select count(*)::int as n from sharing_agreements`)).rows[0].n as number;

describe('surplus and shortage posts, ranked', () => {
  it('a firm posts a shortage and sees surplus counterparts ranked with a reason for each part', async () => {
    const post = {
      enterpriseId: ids.shuijiao,
      kind: 'shortage',
      skills: ['packing', 'cooking'],
      headcount: 2,
      startDate: day(3),
      endDate: day(40),
      siteAreaId: ids.compound,
      dailyHours: 6,
      payFenPerDay: 15000,
      clientKey: 'shortage-shuijiao-1',
    };
    const res = await chen.post('/api/v1/employer/sharing/posts', post);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'shortage', open: true, enterpriseName: '鹏飞水饺馆' });
    // A resend with the same key makes nothing new.
    const again = await chen.post('/api/v1/employer/sharing/posts', post);
    expect(again.body.id).toBe(res.body.id);

    const matches = await chen.get(`/api/v1/employer/sharing/posts/${res.body.id}/matches`);
    expect(matches.status).toBe(200);
    const names = matches.body.items.map((m: { post: { enterpriseName: string } }) => m.post.enterpriseName);
    expect(names).toContain('金花粉扑包装微工厂');
    const scores = matches.body.items.map((m: { score: number }) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const jinhua = matches.body.items.find(
      (m: { post: { enterpriseName: string } }) => m.post.enterpriseName === '金花粉扑包装微工厂',
    );
    expect(jinhua.reasons.map((r: { part: string }) => r.part)).toEqual(
      expect.arrayContaining(['skills', 'dates', 'distance']),
    );
    expect(jinhua.reasons.map((r: { text: string }) => r.text).join(' ')).toMatch(/技能对口：包装.*缺少技能：烹饪/);
    expect(jinhua.reasons.some((r: { text: string }) => /两地步行约\d+分钟/.test(r.text))).toBe(true);

    // Another firm's post is not there for 窦金花; the street sees it.
    expect((await dou.get(`/api/v1/employer/sharing/posts/${res.body.id}/matches`)).status).toBe(404);
    const street = await staff(t, 'wangguiling');
    expect((await street.get(`/api/v1/sharing/posts/${res.body.id}/matches`)).status).toBe(200);
  });

  it('refuses a shortage without hours and pay, naming the fields', async () => {
    const res = await chen.post('/api/v1/employer/sharing/posts', {
      enterpriseId: ids.shuijiao,
      kind: 'shortage',
      skills: ['serving'],
      headcount: 1,
      startDate: day(3),
      endDate: day(10),
      siteAreaId: ids.compound,
      clientKey: 'shortage-shuijiao-2',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'dailyHours',
      'payFenPerDay',
    ]);
  });

  it('an ended post leaves the board by itself (query-time rule)', async () => {
    const post = await chen.post('/api/v1/employer/sharing/posts', {
      enterpriseId: ids.shuijiao,
      kind: 'surplus',
      skills: ['serving'],
      headcount: 1,
      startDate: day(0),
      endDate: day(1),
      siteAreaId: ids.compound,
      clientKey: 'surplus-shuijiao-ending',
    });
    expect(post.status).toBe(201);
    const street = await staff(t, 'wangguiling');
    const onBoard = async () =>
      (await street.get('/api/v1/sharing/board')).body.posts.some((p: { id: number }) => p.id === post.body.id);
    expect(await onBoard()).toBe(true);
    await t.adminQuery(`update sharing_posts set start_date = $2, end_date = $2 where id = $1`, [
      post.body.id,
      day(-1),
    ]);
    expect(await onBoard()).toBe(false);
  });
});

describe('the agreement refuses what 人社厅发〔2020〕98号 forbids, writing nothing', () => {
  it('refuses a fee above the cost (a margin), naming the fee', async () => {
    const before = await count();
    const res = await dou.post('/api/v1/employer/sharing/agreements', draft({ feeFenPerDay: 20000 }));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SHARING_MARGIN_REFUSED');
    expect(res.body.error.message).toContain('服务费200元/天高于工资、社保和约定实际费用之和190元/天');
    expect(res.body.error.details[0].field).toBe('feeFenPerDay');
    expect(await count()).toBe(before);
  });

  it('refuses a term past the end of the worker’s labour contract', async () => {
    const res = await dou.post(
      '/api/v1/employer/sharing/agreements',
      draft({ workers: [{ residentId: ids.shortTerm }], endDate: day(45) }),
    );
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SHARING_TERM_PAST_CONTRACT');
    expect(res.body.error.message).toContain(day(30));
  });

  it('refuses a worker listed as self-employed or an individual business', async () => {
    for (const relation of ['self_employed', 'individual_business']) {
      const res = await dou.post(
        '/api/v1/employer/sharing/agreements',
        draft({ workers: [{ residentId: ids.zhangLi, relation }] }),
      );
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('SHARING_NOT_EMPLOYEE');
    }
  });

  it('refuses a person without an employment record with the lending firm', async () => {
    const res = await dou.post(
      '/api/v1/employer/sharing/agreements',
      draft({ workers: [{ residentId: ids.stranger }] }),
    );
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SHARING_NO_EMPLOYMENT');
  });

  it('refuses a draft for a firm the employer does not act for', async () => {
    const res = await chen.post('/api/v1/employer/sharing/agreements', draft());
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('lendingEnterpriseId');
  });
});

describe('consent, activation and money at cost', () => {
  let agreementId: number;

  it('drafts an agreement that waits for both firms and the worker', async () => {
    const res = await dou.post('/api/v1/employer/sharing/agreements', draft({ clientKey: 'draft-flow-1' }));
    expect(res.status).toBe(201);
    agreementId = res.body.id;
    expect(res.body).toMatchObject({
      status: 'pending',
      feeFenPerDay: 19000,
      workInjuryLiability: 'lending',
      waitingFor: ['出借企业签署', '借用企业签署', '张丽本人同意'],
    });
    expect(res.body.workers[0]).toMatchObject({ name: '张丽', phoneMasked: '139****0001', relation: 'employee' });
    const resend = await dou.post('/api/v1/employer/sharing/agreements', draft({ clientKey: 'draft-flow-1' }));
    expect(resend.body.id).toBe(agreementId);
  });

  it('another firm and an officer outside both firms’ areas get 404', async () => {
    const li = await resident(t, '13900000030');
    expect((await li.get(`/api/v1/employer/sharing/agreements/${agreementId}`)).status).toBe(404);
    expect(
      (await li.post(`/api/v1/employer/sharing/agreements/${agreementId}/sign`, { enterpriseId: ids.jinhua })).status,
    ).toBe(404);
    const wanggezhuang = await staff(t, 'wanggezhuang01');
    expect((await wanggezhuang.get(`/api/v1/sharing/agreements/${agreementId}`)).status).toBe(404);
    // 代办 by an officer who does not serve 张丽's community: 404.
    const tiejue = await staff(t, 'tiejue01');
    const assisted = await tiejue.post(`/api/v1/sharing/agreements/${agreementId}/assisted-consent`, {
      residentId: ids.zhangLi,
      decision: 'consent',
      witness: '王芳',
    });
    expect(assisted.status).toBe(404);
  });

  it('refuses money while a consent is missing, and names who is awaited', async () => {
    await dou.post(`/api/v1/employer/sharing/agreements/${agreementId}/sign`, { enterpriseId: ids.jinhua });
    const signed = await chen.post(`/api/v1/employer/sharing/agreements/${agreementId}/sign`, {
      enterpriseId: ids.shuijiao,
    });
    expect(signed.body).toMatchObject({ status: 'pending', waitingFor: ['张丽本人同意'] });
    const res = await chen.put(`/api/v1/employer/sharing/agreements/${agreementId}/payments`, {
      residentId: ids.zhangLi,
      month: firstOfNextMonth(),
      hours: 64,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SHARING_CONSENT_MISSING');
    expect(res.body.error.message).toContain('张丽本人同意');
  });

  it('the worker consents on her phone and the agreement is active', async () => {
    const zhang = await resident(t, '13900000001');
    const mine = await zhang.get('/api/v1/me/sharing');
    expect(mine.body.items.find((i: { agreementId: number }) => i.agreementId === agreementId)).toMatchObject({
      consent: 'pending',
      borrowingName: '鹏飞水饺馆',
      workInjuryLiability: 'lending',
    });
    const res = await zhang.post(`/api/v1/me/sharing/${agreementId}/consent`, { decision: 'consent' });
    expect(res.status).toBe(200);
    const agreement = await dou.get(`/api/v1/employer/sharing/agreements/${agreementId}`);
    expect(agreement.body).toMatchObject({ status: 'active', waitingFor: [] });
    expect(agreement.body.workers[0]).toMatchObject({ consent: 'consented', consentMethod: 'app' });
    // Sent again, the same answer changes nothing; the other answer is refused.
    expect((await zhang.post(`/api/v1/me/sharing/${agreementId}/consent`, { decision: 'consent' })).status).toBe(200);
    const other = await zhang.post(`/api/v1/me/sharing/${agreementId}/consent`, { decision: 'decline' });
    expect(other.body.error.code).toBe('SHARING_CONSENT_CLOSED');
  });

  it('flags a worker paid less than her share of what the borrowing firm paid; the street sees it', async () => {
    const month = firstOfNextMonth();
    const paid = await chen.put(`/api/v1/employer/sharing/agreements/${agreementId}/payments`, {
      residentId: ids.zhangLi,
      month,
      hours: 64,
    });
    expect(paid.status).toBe(200);
    // 64 h × 190 元 a day ÷ 8 h = 1520 元 received; her wage share is 1520 × 160 / 190 = 1280 元.
    expect(paid.body.months[0]).toMatchObject({ receivedFen: 152000, owedFen: 128000, belowCost: false });
    // Only the lending firm records her wages.
    const wrongSide = await chen.put(`/api/v1/employer/sharing/agreements/${agreementId}/wages`, {
      residentId: ids.zhangLi,
      month,
      paidFen: 128000,
    });
    expect(wrongSide.status).toBe(403);
    const wages = await dou.put(`/api/v1/employer/sharing/agreements/${agreementId}/wages`, {
      residentId: ids.zhangLi,
      month,
      paidFen: 120000,
    });
    expect(wages.body.months[0]).toMatchObject({ paidFen: 120000, belowCost: true });
    const street = await staff(t, 'wangguiling');
    const board = await street.get('/api/v1/sharing/board');
    expect(board.status).toBe(200);
    expect(board.body.flags.some((f: { agreementId: number }) => f.agreementId === agreementId)).toBe(true);
    // Paid in full, the flag goes.
    await dou.put(`/api/v1/employer/sharing/agreements/${agreementId}/wages`, {
      residentId: ids.zhangLi,
      month,
      paidFen: 128000,
    });
    const after = await street.get('/api/v1/sharing/board');
    expect(after.body.flags.some((f: { agreementId: number }) => f.agreementId === agreementId)).toBe(false);
  });

  it('refuses a second overlapping agreement for the same worker', async () => {
    const res = await dou.post('/api/v1/employer/sharing/agreements', draft({ clientKey: 'draft-flow-2' }));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SHARING_WORKER_TAKEN');
  });
});

describe('the street brokers', () => {
  it('sees the seeded board: the active agreement, the pending consent and the flagged month', async () => {
    const street = await staff(t, 'wangguiling');
    const res = await street.get('/api/v1/sharing/board');
    expect(res.status).toBe(200);
    expect(res.body.figures.activeAgreements).toBeGreaterThanOrEqual(1);
    const names = res.body.agreements.map(
      (a: { lendingName: string; status: string }) => `${a.lendingName}:${a.status}`,
    );
    expect(names).toEqual(expect.arrayContaining(['铁橛山食品分装微工厂:active', '金花粉扑包装微工厂:pending']));
    expect(res.body.flags.some((f: { lendingName: string }) => f.lendingName === '铁橛山食品分装微工厂')).toBe(true);
    const community = await staff(t, 'fuxing01');
    expect((await community.get('/api/v1/sharing/board')).status).toBe(403);
  });

  it('brokers an agreement; a community officer records a consent through 代办 with a witness', async () => {
    const street = await staff(t, 'wangguiling');
    const employees = await street.get(`/api/v1/sharing/employees?enterpriseId=${ids.jinhua}`);
    const songxiu = employees.body.items.find((e: { name: string }) => e.name === '宋秀秀');
    expect(songxiu).toBeTruthy();
    const res = await street.post(
      '/api/v1/sharing/agreements',
      draft({ workers: [{ residentId: songxiu.residentId }], clientKey: 'brokered-1' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.brokered).toBe(true);
    const fuxing = await staff(t, 'fuxing01');
    const assisted = await fuxing.post(`/api/v1/sharing/agreements/${res.body.id}/assisted-consent`, {
      residentId: songxiu.residentId,
      decision: 'decline',
      witness: '社区网格员王芳',
    });
    expect(assisted.status).toBe(200);
    expect(assisted.body.workers[0]).toMatchObject({
      consent: 'declined',
      consentMethod: 'assisted',
      witness: '社区网格员王芳',
    });
    expect(assisted.body.waitingFor).toContain('宋秀秀已拒绝');
  });
});
