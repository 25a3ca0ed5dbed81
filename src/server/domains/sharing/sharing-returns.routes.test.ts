import { beforeAll, describe, expect, it } from 'vitest';
import { businessDay } from '../../../shared/dates';
import { type Client, resident, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();

const day = (offset: number) => businessDay(new Date(Date.now() + offset * 86_400_000));

async function one(text: string, values: unknown[] = []): Promise<number> {
  const { rows } = await t.adminQuery(text, values);
  if (!rows[0]) throw new Error(`no row for ${text}`);
  return Number(rows[0].id);
}

let ids: { jinhua: number; shuijiao: number; zhangLi: number; songxiu: number; shortTerm: number; compound: number };
let dou: Client;
let chen: Client;
let zhang: Client;
let street: Client;

beforeAll(async () => {
  ids = {
    jinhua: await one(`select id from enterprises where name = '金花粉扑包装微工厂'`),
    shuijiao: await one(`select id from enterprises where name = '鹏飞水饺馆'`),
    zhangLi: await one(`select id from residents where phone = '13900000001'`),
    songxiu: await one(`select id from residents where name = '宋秀秀'`),
    shortTerm: await one(
      `select id from residents where id not in (select resident_id from employments) and phone not like '1390000%' order by id limit 1`,
    ),
    compound: await one(`select id from areas where name = '铁橛山路小区'`),
  };
  // One of 金花's packers on a labour contract that ends in a month.
  await t.adminQuery(
    `insert into employments (resident_id, enterprise_id, area_id, source, title, start_date, end_date, created_by_user_id)
     select $1, $2, (select id from areas where name = '复兴社区B区'), 'recorded', '包装工', $3, $4,
            (select id from users where username = 'wangguiling')`,
    [ids.shortTerm, ids.jinhua, day(-100), day(30)],
  );
  dou = await resident(t, '13900000010');
  chen = await resident(t, '13900000020');
  zhang = await resident(t, '13900000001');
  street = await staff(t, 'wangguiling');
});

let keys = 0;

/** An agreement 金花 lends to 鹏飞水饺馆, signed by both and consented by every worker: active. */
async function activeAgreement(workers: number[], over: Record<string, unknown> = {}) {
  const res = await dou.post('/api/v1/employer/sharing/agreements', {
    lendingEnterpriseId: ids.jinhua,
    borrowingEnterpriseId: ids.shuijiao,
    postTitle: '周末帮厨',
    siteAreaId: ids.compound,
    dailyHours: 8,
    startDate: day(1),
    endDate: day(20),
    headcount: workers.length,
    workers: workers.map((residentId) => ({ residentId })),
    wageFenPerDay: 16000,
    socialInsuranceFenPerDay: 2400,
    otherCostsFenPerDay: 600,
    feeFenPerDay: 19000,
    duties: '每日不超过8小时，提供防护用品',
    returnReasons: '借用企业停业\n严重违反借用企业规章制度',
    extensionTerms: '经本人同意可续期一次',
    clientKey: `returns-${++keys}-${Math.random().toString(36).slice(2)}`,
    ...over,
  });
  expect(res.status).toBe(201);
  const id = res.body.id as number;
  await dou.post(`/api/v1/employer/sharing/agreements/${id}/sign`, { enterpriseId: ids.jinhua });
  await chen.post(`/api/v1/employer/sharing/agreements/${id}/sign`, { enterpriseId: ids.shuijiao });
  for (const residentId of workers) {
    const answered = await street.post(`/api/v1/sharing/agreements/${id}/assisted-consent`, {
      residentId,
      decision: 'consent',
      witness: '社区网格员王芳',
    });
    expect(answered.status).toBe(200);
  }
  const active = await dou.get(`/api/v1/employer/sharing/agreements/${id}`);
  expect(active.body.status).toBe('active');
  return id;
}

const kinds = (body: { events: { kind: string }[] }) => body.events.map((e) => e.kind);

describe('going back to the lending firm', () => {
  it('a worker asks to go back early when a duty is broken; the lending firm is not asked', async () => {
    const id = await activeAgreement([ids.zhangLi]);
    const res = await zhang.post(`/api/v1/me/sharing/${id}/return`, { duty: 'rest', note: '连续12天没有休息' });
    expect(res.status).toBe(200);
    expect(res.body.items.find((i: { agreementId: number }) => i.agreementId === id)).toMatchObject({
      status: 'ended',
      returnedOn: day(0),
      returnKind: 'worker_early',
      returnDuty: 'rest',
      returnNote: '连续12天没有休息',
    });
    // Sent again it is a resend; the firms can no longer return her.
    expect((await zhang.post(`/api/v1/me/sharing/${id}/return`, { duty: 'rest' })).status).toBe(200);
    const late = await chen.post(`/api/v1/employer/sharing/agreements/${id}/returns`, {
      enterpriseId: ids.shuijiao,
      residentIds: [ids.zhangLi],
      kind: 'borrower_reason',
      reason: '借用企业停业',
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('SHARING_NOT_LENT');
    const agreement = await dou.get(`/api/v1/employer/sharing/agreements/${id}`);
    expect(kinds(agreement.body)).toEqual(expect.arrayContaining(['returned_worker_early', 'ended']));
    expect(agreement.body.events.find((e: { kind: string }) => e.kind === 'returned_worker_early')).toMatchObject({
      name: '张丽',
      note: 'rest: 连续12天没有休息',
    });
  });

  it('a duty outside the list is refused by the schema, naming the field', async () => {
    const id = await activeAgreement([ids.zhangLi]);
    const res = await zhang.post(`/api/v1/me/sharing/${id}/return`, { duty: 'wages' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('duty');
    await zhang.post(`/api/v1/me/sharing/${id}/return`, { duty: 'safety' });
  });

  it('the borrowing firm returns a worker for a listed reason only; before the end, nothing else', async () => {
    const id = await activeAgreement([ids.zhangLi, ids.songxiu]);
    const unlisted = await chen.post(`/api/v1/employer/sharing/agreements/${id}/returns`, {
      enterpriseId: ids.shuijiao,
      residentIds: [ids.songxiu],
      kind: 'borrower_reason',
      reason: '订单减少',
    });
    expect(unlisted.status).toBe(409);
    expect(unlisted.body.error.code).toBe('SHARING_RETURN_REASON_NOT_LISTED');
    expect(unlisted.body.error.details[0].field).toBe('reason');
    const early = await chen.post(`/api/v1/employer/sharing/agreements/${id}/returns`, {
      enterpriseId: ids.shuijiao,
      residentIds: [ids.songxiu],
      kind: 'end_date',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('SHARING_RETURN_BEFORE_END');
    const lender = await dou.post(`/api/v1/employer/sharing/agreements/${id}/returns`, {
      enterpriseId: ids.jinhua,
      residentIds: [ids.songxiu],
      kind: 'borrower_reason',
      reason: '借用企业停业',
    });
    expect(lender.status).toBe(400);
    expect(lender.body.error.details[0].field).toBe('kind');
    const li = await resident(t, '13900000030');
    const stranger = await li.post(`/api/v1/employer/sharing/agreements/${id}/returns`, {
      enterpriseId: ids.shuijiao,
      residentIds: [ids.songxiu],
      kind: 'end_date',
    });
    expect(stranger.status).toBe(404);
    const events = (await dou.get(`/api/v1/employer/sharing/agreements/${id}`)).body.events.length;

    const listed = await chen.post(`/api/v1/employer/sharing/agreements/${id}/returns`, {
      enterpriseId: ids.shuijiao,
      residentIds: [ids.songxiu],
      kind: 'borrower_reason',
      reason: '严重违反借用企业规章制度',
    });
    expect(listed.status).toBe(200);
    expect(listed.body.status).toBe('active');
    expect(listed.body.workers.find((w: { name: string }) => w.name === '宋秀秀')).toMatchObject({
      returnedOn: day(0),
      returnKind: 'borrower_reason',
      returnNote: '严重违反借用企业规章制度',
    });
    expect(listed.body.events.length).toBe(events + 1);
    await zhang.post(`/api/v1/me/sharing/${id}/return`, { duty: 'hours' });
  });
});

describe('an extension', () => {
  it('needs both firms and every worker still lent to consent again', async () => {
    const id = await activeAgreement([ids.zhangLi]);
    const notLater = await chen.post(`/api/v1/employer/sharing/agreements/${id}/extension`, {
      enterpriseId: ids.shuijiao,
      endDate: day(20),
    });
    expect(notLater.status).toBe(409);
    expect(notLater.body.error.code).toBe('SHARING_EXTENSION_NOT_LATER');

    const proposed = await chen.post(`/api/v1/employer/sharing/agreements/${id}/extension`, {
      enterpriseId: ids.shuijiao,
      endDate: day(35),
    });
    expect(proposed.status).toBe(200);
    expect(proposed.body).toMatchObject({
      endDate: day(20),
      extension: { endDate: day(35), borrowingAgreed: true, lendingAgreed: false },
    });
    expect(proposed.body.extension.waitingFor).toEqual(['出借企业签署', '张丽本人同意']);
    const agreed = await dou.post(`/api/v1/employer/sharing/agreements/${id}/extension`, {
      enterpriseId: ids.jinhua,
      endDate: day(35),
    });
    // Both firms agreed; without her consent the end date stands.
    expect(agreed.body).toMatchObject({ endDate: day(20), extension: { waitingFor: ['张丽本人同意'] } });
    const mine = await zhang.get('/api/v1/me/sharing');
    expect(mine.body.items.find((i: { agreementId: number }) => i.agreementId === id)).toMatchObject({
      extensionEndDate: day(35),
      extensionConsent: 'pending',
    });
    const consented = await zhang.post(`/api/v1/me/sharing/${id}/extension`, { decision: 'consent' });
    expect(consented.status).toBe(200);
    const after = await dou.get(`/api/v1/employer/sharing/agreements/${id}`);
    expect(after.body).toMatchObject({ endDate: day(35), extension: null });
    expect(kinds(after.body)).toEqual(
      expect.arrayContaining([
        'extension_proposed_borrowing',
        'extension_agreed_lending',
        'extension_consented',
        'extended',
      ]),
    );
    // Nothing is waiting now: another answer is refused by name.
    const again = await zhang.post(`/api/v1/me/sharing/${id}/extension`, { decision: 'decline' });
    expect(again.body.error.code).toBe('SHARING_NO_EXTENSION');
    await zhang.post(`/api/v1/me/sharing/${id}/return`, { duty: 'hours' });
  });

  it('a worker who declines keeps the old end date', async () => {
    const id = await activeAgreement([ids.zhangLi]);
    await chen.post(`/api/v1/employer/sharing/agreements/${id}/extension`, {
      enterpriseId: ids.shuijiao,
      endDate: day(30),
    });
    await dou.post(`/api/v1/employer/sharing/agreements/${id}/extension`, {
      enterpriseId: ids.jinhua,
      endDate: day(30),
    });
    await zhang.post(`/api/v1/me/sharing/${id}/extension`, { decision: 'decline' });
    const after = await dou.get(`/api/v1/employer/sharing/agreements/${id}`);
    expect(after.body).toMatchObject({ endDate: day(20), extension: { waitingFor: ['张丽已拒绝'] } });
    await zhang.post(`/api/v1/me/sharing/${id}/return`, { duty: 'hours' });
  });

  it('never runs past a labour contract’s end, naming it', async () => {
    const id = await activeAgreement([ids.shortTerm]);
    const res = await dou.post(`/api/v1/employer/sharing/agreements/${id}/extension`, {
      enterpriseId: ids.jinhua,
      endDate: day(45),
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SHARING_TERM_PAST_CONTRACT');
    expect(res.body.error.message).toContain(day(30));
    const unchanged = await dou.get(`/api/v1/employer/sharing/agreements/${id}`);
    expect(unchanged.body.extension).toBeNull();
  });
});

describe('a worker kept past the end date', () => {
  it('is flagged to the street until a firm records her return', async () => {
    const id = await activeAgreement([ids.songxiu]);
    await t.adminQuery(`update sharing_agreements set start_date = $2, end_date = $3 where id = $1`, [
      id,
      day(-10),
      day(-2),
    ]);
    const board = await street.get('/api/v1/sharing/board');
    expect(board.body.keptPastEnd).toEqual(
      expect.arrayContaining([expect.objectContaining({ agreementId: id, name: '宋秀秀', days: 2 })]),
    );
    expect(board.body.figures.keptPastEnd).toBeGreaterThanOrEqual(1);
    const seen = await chen.get(`/api/v1/employer/sharing/agreements/${id}`);
    expect(seen.body.workers[0].daysKeptPastEnd).toBe(2);

    const back = await chen.post(`/api/v1/employer/sharing/agreements/${id}/returns`, {
      enterpriseId: ids.shuijiao,
      residentIds: [ids.songxiu],
      kind: 'end_date',
    });
    expect(back.status).toBe(200);
    expect(back.body.status).toBe('ended');
    expect(back.body.workers[0]).toMatchObject({ returnKind: 'end_date', daysKeptPastEnd: 0 });
    const after = await street.get('/api/v1/sharing/board');
    expect(after.body.keptPastEnd.some((k: { agreementId: number }) => k.agreementId === id)).toBe(false);
  });
});

describe('代办: an officer files a worker’s early return for her', () => {
  it('records her consent in the ledger, returns her and audits it; a resend writes nothing more', async () => {
    const id = await activeAgreement([ids.zhangLi]);
    const fuxing = await staff(t, 'fuxing01');
    const res = await fuxing.post(`/api/v1/sharing/agreements/${id}/assisted-return`, {
      residentId: ids.zhangLi,
      duty: 'protective_equipment',
      note: '没有发防护手套',
      consentMethod: 'verbal_witnessed',
      witness: '社区网格员王芳',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ended');
    expect(res.body.workers[0]).toMatchObject({ returnKind: 'worker_early', returnedOn: day(0) });
    const { rows } = await t.adminQuery(
      `select c.id, c.method, c.purpose, c.scope, c.recorded_by_user_id = u.id as by_officer
         from sharing_agreement_workers w join consents c on c.id = w.return_consent_id
         join users u on u.username = 'fuxing01'
        where w.agreement_id = $1 and w.resident_id = $2`,
      [id, ids.zhangLi],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        method: 'verbal_witnessed',
        purpose: 'sharing_return',
        scope: { agreementId: id, duty: 'protective_equipment', witness: '社区网格员王芳' },
        by_officer: true,
      }),
    ]);
    const audit = await t.adminQuery(
      `select after from audit_events where action = 'sharing.worker.assisted_return' and target_id = $1`,
      [String(id)],
    );
    expect(audit.rows).toEqual([
      {
        after: expect.objectContaining({
          residentId: ids.zhangLi,
          consentId: rows[0].id,
          duty: 'protective_equipment',
        }),
      },
    ]);
    // Sent again it is a resend: no second consent, no second event.
    const again = await fuxing.post(`/api/v1/sharing/agreements/${id}/assisted-return`, {
      residentId: ids.zhangLi,
      duty: 'protective_equipment',
      consentMethod: 'paper',
    });
    expect(again.status).toBe(200);
    expect(kinds(again.body).filter((k) => k === 'returned_worker_early')).toHaveLength(1);
    const consents = await t.adminQuery(
      `select count(*)::int as n from consents where purpose = 'sharing_return' and scope->>'agreementId' = $1`,
      [String(id)],
    );
    expect(consents.rows[0].n).toBe(1);
    // Her own app shows the return.
    const mine = await zhang.get('/api/v1/me/sharing');
    expect(mine.body.items.find((i: { agreementId: number }) => i.agreementId === id)).toMatchObject({
      returnKind: 'worker_early',
      returnDuty: 'protective_equipment',
    });
  });

  it('is refused out of the officer’s areas, to a firm, without a witness, and for someone not on the agreement', async () => {
    const id = await activeAgreement([ids.zhangLi]);
    const body = { residentId: ids.zhangLi, duty: 'hours', consentMethod: 'verbal_witnessed', witness: '王芳' };
    const tiejue = await staff(t, 'tiejue01');
    expect((await tiejue.post(`/api/v1/sharing/agreements/${id}/assisted-return`, body)).status).toBe(404);
    expect((await dou.post(`/api/v1/sharing/agreements/${id}/assisted-return`, body)).status).toBe(403);
    const fuxing = await staff(t, 'fuxing01');
    const noWitness = await fuxing.post(`/api/v1/sharing/agreements/${id}/assisted-return`, {
      ...body,
      witness: undefined,
    });
    expect(noWitness.status).toBe(400);
    expect(noWitness.body.error.details[0].field).toBe('witness');
    // Someone of 复兴社区 who is not on the agreement.
    const neighbour = await one(
      `select r.id from residents r join areas a on a.id = r.area_id
        where a.path like (select path from areas where name = '复兴社区') || '%' and r.id <> $1 order by r.id limit 1`,
      [ids.zhangLi],
    );
    const stranger = await fuxing.post(`/api/v1/sharing/agreements/${id}/assisted-return`, {
      ...body,
      residentId: neighbour,
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.details[0].field).toBe('residentId');
    // Nothing was written by any refusal: she is still lent, and the ledger holds nothing for it.
    const still = await dou.get(`/api/v1/employer/sharing/agreements/${id}`);
    expect(still.body.status).toBe('active');
    expect(still.body.workers[0].returnedOn).toBeNull();
    const consents = await t.adminQuery(
      `select count(*)::int as n from consents where purpose = 'sharing_return' and scope->>'agreementId' = $1`,
      [String(id)],
    );
    expect(consents.rows[0].n).toBe(0);
  });
});
