/**
 * The guarantee-loan journey through the API: filing with a station agent (代办) and by the applicant, every
 * step by its holder to disbursement with the schedule and 贴息, and each refusal — maker = checker, the wrong
 * role, outside the station's or the lender's scope (404), over the product's limit, disbursing before the
 * bank has approved, a rate over the cap, materials missing.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resident, staff, type Client } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { DEMO_LOANS_THIS_YEAR } from './loans.seed';
import { flagPastTarget } from './loans.service';

const t = useTestApp();
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function one(text: string, values: unknown[] = []) {
  const { rows } = await t.adminQuery(text, values);
  if (!rows[0]) throw new Error(`no row for ${text}`);
  return rows[0];
}

async function upload(c: Client, id: number, material: string) {
  const boundary = '----loans' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="material"\r\n\r\n${material}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="m.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  if (!c.csrfToken) await c.refreshCsrf();
  return c.request('POST', `/api/v1/loans/${id}/materials`, body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

const act = (c: Client, id: number, action: string, extra: Record<string, unknown> = {}) =>
  c.post(`/api/v1/loans/${id}/actions`, { clientKey: randomUUID(), action, ...extra });

describe('the year in records', () => {
  it('counts 111 businesses and 1975万元 disbursed January to October', async () => {
    const row = await one(
      `select count(distinct coalesce(enterprise_id, -resident_id))::int as n, sum(amount_fen)::bigint as fen
         from loans where disbursed_on between '2026-01-01' and '2026-10-31'`,
    );
    expect({ count: row.n, amountFen: Number(row.fen) }).toEqual(DEMO_LOANS_THIS_YEAR);
  });

  it('shows 陈鹏飞 his second restaurant’s loan with the bank, and the third-year loan has no 贴息 after year two', async () => {
    const chen = await resident(t, '13900000020');
    const list = await chen.get('/api/v1/loans');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    const loan = (await chen.get(`/api/v1/loans/${list.body.items[0].id}`)).body;
    expect(loan).toMatchObject({ status: 'bank_review', holder: 'bank', holderName: '合作银行珠海街道支行' });
    expect(loan.applicant).toMatchObject({ enterpriseName: '鹏飞水饺馆', phoneMasked: '139****0020' });
    expect(loan.stages.find((s: { state: string }) => s.state === 'current')).toMatchObject({
      stage: 'bank_review',
      targetWorkingDays: 10,
      pastTarget: false,
    });
    expect(loan.materials.missing).toEqual([]);

    const third = await one(`select id from loans where disbursed_on = '2024-03-18'`);
    const periods = (
      await t.adminQuery(`select starts_on::text, subsidy_fen::int from loan_schedule_periods where loan_id = $1`, [
        third.id,
      ])
    ).rows;
    expect(periods.filter((p) => p.starts_on >= '2026-03-18').every((p) => p.subsidy_fen === 0)).toBe(true);
    expect(periods.filter((p) => p.starts_on < '2026-03-18').every((p) => p.subsidy_fen > 0)).toBe(true);
  });

  it('flags the street review past its target to the station and the street', async () => {
    const street = await staff(t, 'wangguiling');
    const late = await street.get('/api/v1/loans?pastTarget=true');
    expect(late.status).toBe(200);
    expect(late.body.items.map((i: { status: string }) => i.status)).toEqual(['street_review']);
    expect(late.body.items[0].workingDaysUsed).toBeGreaterThan(late.body.items[0].targetWorkingDays);
    // the alert reaches the station's agents and the street's officers once per stage
    expect(await flagPastTarget(t.db, new Date())).toBeGreaterThan(0);
    expect(await flagPastTarget(t.db, new Date())).toBe(0);
    const told = await t.adminQuery(
      `select u.username from notifications n join users u on u.id = n.user_id where n.kind = 'loans.past_target'`,
    );
    expect(told.rows.map((r) => r.username)).toEqual(expect.arrayContaining(['paifang01', 'paifang02', 'wangguiling']));
    expect(told.rows.map((r) => r.username)).not.toContain('tiejuezhan01');
  });
});

describe('a loan from filing to disbursement', () => {
  it('walks 陈鹏飞’s first restaurant through every stage, refusing what each stage forbids', async () => {
    const agent = await staff(t, 'tiejuezhan01');
    const second = await staff(t, 'tiejuezhan02');
    const otherStation = await staff(t, 'paifang01');
    const street = await staff(t, 'wangguiling');
    const guarantee = await staff(t, 'guarantee01');
    const bank = await staff(t, 'bank01');
    const chen = await resident(t, '13900000020');

    const found = await agent.get('/api/v1/loans/applicant-lookup?phone=13900000020');
    expect(found.status).toBe(200);
    const restaurant = found.body.enterprises.find((e: { name: string }) => e.name === '鹏飞家常菜馆');
    const filing = {
      productCode: 'person',
      residentId: found.body.residentId,
      enterpriseId: restaurant.id,
      amountFen: 25_000_000,
      termMonths: 24,
      purpose: '家常菜馆扩建后厨',
      jobsPromised: 2,
      guaranteeMode: 'guarantee_centre',
      shareConsent: true,
      consent: { consentMethod: 'paper' },
    };

    // over the limits, named; without the resident's consent nothing is filed
    const over = await agent.post('/api/v1/loans', { ...filing, clientKey: randomUUID(), amountFen: 30_000_100 });
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('LOAN_OVER_LIMIT');
    expect(over.body.error.message).toContain('300000.00');
    const long = await agent.post('/api/v1/loans', { ...filing, clientKey: randomUUID(), termMonths: 48 });
    expect(long.body.error.code).toBe('LOAN_TERM_OVER_LIMIT');
    const noConsent = await agent.post('/api/v1/loans', { ...filing, clientKey: randomUUID(), consent: undefined });
    expect(noConsent.status).toBe(400);

    const key = randomUUID();
    const filed = await agent.post('/api/v1/loans', { ...filing, clientKey: key });
    expect(filed.status).toBe(201);
    const id: number = filed.body.id;
    expect(filed.body).toMatchObject({ status: 'submitted', assisted: true, holder: 'station' });
    expect(filed.body.consentText).toContain('西海岸新区创业担保中心');
    expect(filed.body.consentText).toContain('合作银行珠海街道支行');
    expect(filed.body.eligibility.outcome).toBe('eligible');
    // the same filing sent again is the same loan
    expect((await agent.post('/api/v1/loans', { ...filing, clientKey: key })).body.id).toBe(id);
    // a second open loan for the same business is refused
    expect((await agent.post('/api/v1/loans', { ...filing, clientKey: randomUUID() })).body.error.code).toBe(
      'LOAN_OPEN_EXISTS',
    );

    // the applicant sees it, with a notice; another station's agent, the bank and the guarantee centre do not yet
    expect((await chen.get(`/api/v1/loans/${id}`)).status).toBe(200);
    expect(t.sms.latest('13900000020')).toBeDefined();
    for (const outsider of [otherStation, bank, guarantee])
      expect((await outsider.get(`/api/v1/loans/${id}`)).status).toBe(404);
    expect((await act(otherStation, id, 'accept')).status).toBe(404);

    // the station: intake, materials, then a review by someone other than who filed it
    expect((await act(street, id, 'accept')).status).toBe(403);
    expect((await act(agent, id, 'accept')).status).toBe(200);
    expect((await act(second, id, 'station_approve')).body.error.code).toBe('LOAN_MATERIALS_MISSING');
    for (const m of ['身份证', '营业执照或创业计划书', '贷款申请表'])
      expect((await upload(agent, id, m)).status).toBe(200);
    const self = await act(agent, id, 'station_approve');
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('LOAN_SAME_PERSON');
    expect((await act(second, id, 'disburse')).body.error.code).toBe('LOAN_INVALID_STEP');
    expect((await act(second, id, 'station_approve')).body.status).toBe('street_review');

    // the street, then the guarantee centre (which now sees it), a return without a note refused
    expect((await act(street, id, 'return')).status).toBe(400);
    expect((await act(street, id, 'street_approve')).body.status).toBe('guarantee_review');
    expect((await bank.get(`/api/v1/loans/${id}`)).status).toBe(404);
    expect((await act(bank, id, 'guarantee_approve')).status).toBe(404);
    expect((await act(guarantee, id, 'guarantee_approve')).body.status).toBe('bank_review');

    // the bank: disbursing before approval is refused, a rate over LPR + 50 bp too
    expect((await act(bank, id, 'disburse')).body.error.code).toBe('LOAN_INVALID_STEP');
    const terms = { interestFrequency: 'quarterly', principalMode: 'at_maturity' };
    const high = await act(bank, id, 'bank_approve', { ...terms, rateBp: 351 });
    expect(high.body.error.code).toBe('LOAN_RATE_OVER_CAP');
    expect((await act(guarantee, id, 'bank_approve', { ...terms, rateBp: 350 })).status).toBe(403);
    const approved = await act(bank, id, 'bank_approve', { ...terms, rateBp: 350 });
    expect(approved.body).toMatchObject({ status: 'bank_approved', rateBp: 350 });
    const disbursed = await act(bank, id, 'disburse', { disbursedOn: '2026-12-01' });
    expect(disbursed.status).toBe(200);
    expect(disbursed.body).toMatchObject({ status: 'repaying', disbursedOn: '2026-12-01', maturityOn: '2028-12-01' });
    expect(disbursed.body.schedule).toHaveLength(8);
    // 250,000 元 × 3.50 % for the 90 days to 1 March, over 360: 2,187.50 元 interest; 贴息 at 200 bp: 1,250 元
    expect(disbursed.body.schedule[0]).toMatchObject({
      interestFen: 218_750,
      subsidyFen: 125_000,
      dueOn: '2027-03-01',
    });
    expect(disbursed.body.subsidyTotalFen).toBeGreaterThan(0);

    // every step is an event, in order, with who took it
    const tracker = (await chen.get(`/api/v1/loans/${id}`)).body;
    expect(tracker.events.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'accept',
      'station_approve',
      'street_approve',
      'guarantee_approve',
      'bank_approve',
      'disburse',
    ]);
    expect(tracker.events[0]).toMatchObject({ onBehalf: true, actorName: '邵文静' });
    expect(tracker.stages.filter((s: { state: string }) => s.state === 'done')).toHaveLength(7);
    const audit = await one(
      `select count(*)::int as n from audit_events where target_type = 'loan' and target_id = $1`,
      [String(id)],
    );
    expect(audit.n).toBeGreaterThanOrEqual(10);
  });

  it('lets a resident file for themself, withdraw, and refuses what a resident may not do', async () => {
    const zhang = await resident(t, '13900000001');
    const settings = (await zhang.get('/api/v1/loans/settings')).body;
    const station = settings.stations[0].id;
    const base = {
      productCode: 'person',
      stationId: station,
      amountFen: 5_000_000,
      termMonths: 12,
      purpose: '开网店',
      jobsPromised: 1,
      guaranteeMode: 'guarantee_centre',
      shareConsent: true,
    };
    const res = await zhang.post('/api/v1/loans', { ...base, clientKey: randomUUID() });
    // 张丽 has no business of her own registered or planned: the policy's rule says why
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('LOAN_NOT_ELIGIBLE');
    expect((await zhang.post('/api/v1/loans', { ...base, clientKey: randomUUID(), shareConsent: false })).status).toBe(
      400,
    );
    const chen = await resident(t, '13900000020');
    const draft = await chen.post('/api/v1/loans', { ...base, clientKey: randomUUID(), submit: false });
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe('draft');
    expect((await zhang.get(`/api/v1/loans/${draft.body.id}`)).status).toBe(404);
    expect((await act(chen, draft.body.id, 'accept')).body.error.code).toBe('LOAN_INVALID_STEP');
    // his loan with the bank is the bank's to decide
    const withBank = (await chen.get('/api/v1/loans?status=bank_review')).body.items[0].id;
    expect((await act(chen, withBank, 'bank_approve', { rateBp: 300 })).status).toBe(403);
    expect((await act(chen, draft.body.id, 'withdraw')).body.status).toBe('withdrawn');
    expect((await act(chen, draft.body.id, 'submit')).body.error.code).toBe('LOAN_INVALID_STEP');
  });

  it('lets the street edit a product’s limit and record the LPR; nobody else', async () => {
    const street = await staff(t, 'wangguiling');
    const agent = await staff(t, 'tiejuezhan01');
    expect((await agent.patch('/api/v1/loans/products/person', { maxAmountFen: 20_000_000 })).status).toBe(403);
    const edited = await street.patch('/api/v1/loans/products/person', { maxAmountFen: 20_000_000 });
    expect(edited.status).toBe(200);
    expect(edited.body.products.find((p: { code: string }) => p.code === 'person').maxAmountFen).toBe(20_000_000);
    const lpr = await street.post('/api/v1/loans/lpr', { effectiveFrom: '2026-12-20', rateBp: 290 });
    expect(lpr.body.lpr.at(-1)).toEqual({ effectiveFrom: '2026-12-20', rateBp: 290 });
    expect((await street.post('/api/v1/loans/lpr', { effectiveFrom: '2026-02-30', rateBp: 290 })).status).toBe(400);
  });
});
