/**
 * The journey's other ways out of a review: returned for materials (with a note naming what is missing) and filed
 * again, rejected with a reason (a decision, so never by who filed it), withdrawn by the applicant from an open
 * stage; after each, nothing more may be done but what the table allows. Each step tells the applicant in the inbox
 * and by SMS. Also: an enterprise's filing within its product's limits, and each lender's queue holding exactly the
 * loans that have reached its stage.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resident, staff, type Client } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();

const act = (c: Client, id: number, action: string, extra: Record<string, unknown> = {}) =>
  c.post(`/api/v1/loans/${id}/actions`, { clientKey: randomUUID(), action, ...extra });

/** The applicant's step notices so far: inbox entries and queued SMS. */
async function noticesTo(phone: string): Promise<{ inbox: number; sms: number }> {
  const { rows } = await t.adminQuery(
    `select (select count(*)::int from notifications n join users u on u.id = n.user_id
             where u.phone = $1 and n.kind = 'loans.step') as inbox,
            (select count(*)::int from sms_outbox where phone = $1 and template = 'loan_step') as sms`,
    [phone],
  );
  return rows[0] as { inbox: number; sms: number };
}

describe('returned, rejected, withdrawn', () => {
  it('returns a loan with a note, takes it again, rejects it by another hand, and lets the applicant withdraw', async () => {
    const agent = await staff(t, 'tiejuezhan01');
    const second = await staff(t, 'tiejuezhan02');
    const street = await staff(t, 'wangguiling');
    const chen = await resident(t, '13900000020');
    const found = (await agent.get('/api/v1/loans/applicant-lookup?phone=13900000020')).body;
    const restaurant = found.enterprises.find((e: { name: string }) => e.name === '鹏飞家常菜馆');
    const filing = {
      productCode: 'person',
      residentId: found.residentId,
      enterpriseId: restaurant.id,
      amountFen: 10_000_000,
      termMonths: 24,
      purpose: '家常菜馆添置冷柜',
      jobsPromised: 1,
      guaranteeMode: 'guarantee_centre',
      shareConsent: true,
      consent: { consentMethod: 'paper' },
    };
    const filed = await agent.post('/api/v1/loans', { ...filing, clientKey: randomUUID() });
    expect(filed.status).toBe(201);
    const id: number = filed.body.id;
    const start = await noticesTo('13900000020');

    // the station returns it, naming what is missing; the applicant hears of it and sees the note
    const returned = await act(agent, id, 'return', { note: '请补充营业执照复印件' });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    const seen = (await chen.get(`/api/v1/loans/${id}`)).body;
    expect(seen.status).toBe('returned');
    expect(seen.events.at(-1)).toMatchObject({ action: 'return', note: '请补充营业执照复印件' });
    expect(seen.actions).toEqual(expect.arrayContaining(['submit', 'withdraw']));
    expect((await act(second, id, 'accept')).body.error.code).toBe('LOAN_INVALID_STEP');

    // he files it again; the station takes it in; who filed it may not reject it, the other agent may
    expect((await act(chen, id, 'submit')).body.status).toBe('submitted');
    expect((await act(agent, id, 'accept')).body.status).toBe('station_review');
    const own = await act(agent, id, 'reject', { note: '经营场所与申请不符' });
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('LOAN_SAME_PERSON');
    expect((await act(second, id, 'reject')).status).toBe(400); // a rejection gives its reason
    expect((await act(street, id, 'reject', { note: '不符' })).status).toBe(403); // not the street's stage
    const rejected = await act(second, id, 'reject', { note: '经营场所与申请不符' });
    expect(rejected.body.status).toBe('rejected');
    // a rejected loan is closed: neither side may move it
    expect((await act(chen, id, 'withdraw')).body.error.code).toBe('LOAN_INVALID_STEP');
    expect((await act(chen, id, 'submit')).body.error.code).toBe('LOAN_INVALID_STEP');
    expect((await act(second, id, 'accept')).body.error.code).toBe('LOAN_INVALID_STEP');
    // return, submit, accept, reject: an SMS each; an inbox notice each but for the step he took himself
    const after = await noticesTo('13900000020');
    expect({ sms: after.sms - start.sms, inbox: after.inbox - start.inbox }).toEqual({ sms: 4, inbox: 3 });

    // a new filing (the rejected one is closed), withdrawn by the applicant from the station's review
    const again = await agent.post('/api/v1/loans', { ...filing, clientKey: randomUUID() });
    expect(again.status).toBe(201);
    expect((await act(agent, again.body.id, 'accept')).body.status).toBe('station_review');
    expect((await act(agent, again.body.id, 'withdraw')).status).toBe(200); // the station acts for the applicant
    const withdrawn = (await chen.get(`/api/v1/loans/${again.body.id}`)).body;
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.actions).toEqual([]);
  });

  it('files an enterprise’s loan for a business the applicant owns, within the enterprise product’s limit', async () => {
    const agent = await staff(t, 'tiejuezhan01');
    const found = (await agent.get('/api/v1/loans/applicant-lookup?phone=13900000020')).body;
    const restaurant = found.enterprises.find((e: { name: string }) => e.name === '鹏飞家常菜馆');
    const filing = {
      productCode: 'small_enterprise',
      residentId: found.residentId,
      amountFen: 100_000_000,
      termMonths: 24,
      purpose: '开设第二家门店',
      jobsPromised: 4,
      guaranteeMode: 'guarantee_centre',
      shareConsent: true,
      consent: { consentMethod: 'paper' },
    };
    const unnamed = await agent.post('/api/v1/loans', { ...filing, clientKey: randomUUID() });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.details.map((d: { field: string }) => d.field)).toEqual(['enterpriseId']);
    const over = await agent.post('/api/v1/loans', {
      ...filing,
      enterpriseId: restaurant.id,
      amountFen: 400_000_100,
      clientKey: randomUUID(),
    });
    expect(over.body.error.code).toBe('LOAN_OVER_LIMIT');
    const long = await agent.post('/api/v1/loans', {
      ...filing,
      enterpriseId: restaurant.id,
      termMonths: 25,
      clientKey: randomUUID(),
    });
    expect(long.body.error.code).toBe('LOAN_TERM_OVER_LIMIT');
    const filed = await agent.post('/api/v1/loans', {
      ...filing,
      enterpriseId: restaurant.id,
      clientKey: randomUUID(),
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      applicant: { kind: 'enterprise', enterpriseName: '鹏飞家常菜馆' },
      status: 'submitted',
      amountFen: 100_000_000,
    });
  });
});

describe('the lenders’ queues', () => {
  it('shows each institution the loans that have reached its stage, and no other', async () => {
    const count = async (text: string) => ((await t.adminQuery(text)).rows[0] as { n: number }).n;
    const reached = (status: string) =>
      count(`select count(*)::int as n from loans l
        where exists (select 1 from loan_events e where e.loan_id = l.id and e.to_status = '${status}')`);
    for (const [username, stage, before] of [
      ['guarantee01', 'guarantee_review', 'street_review'],
      ['bank01', 'bank_review', 'guarantee_review'],
    ] as const) {
      const lender = await staff(t, username);
      const queue = await lender.get('/api/v1/loans?pageSize=100');
      expect(queue.status).toBe(200);
      expect(queue.body.total).toBe(await reached(stage));
      expect(queue.body.total).toBeGreaterThan(0);
      // a loan still before the institution's stage is not in its queue, nor can it be opened
      expect((await lender.get(`/api/v1/loans?status=${before}`)).body.total).toBe(0);
      const earlier = await t.adminQuery(
        `select l.id::int from loans l
          where not exists (select 1 from loan_events e where e.loan_id = l.id and e.to_status = $1) limit 1`,
        [stage],
      );
      expect((await lender.get(`/api/v1/loans/${earlier.rows[0].id}`)).status).toBe(404);
    }
  });
});
