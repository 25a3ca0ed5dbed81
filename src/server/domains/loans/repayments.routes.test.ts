/**
 * A guarantee loan after disbursement through the API: the bank records a repayment (the same reference again
 * changes nothing; another bank's loan is 404), imports an Excel sheet (bad rows named by row and column, nothing
 * written unless the bank skips them, the same file twice changes nothing), the overdue check (an event, no 贴息,
 * notices), the quarter's 贴息 recorded once, the jobs a loan created, a material downloaded by its reviewer.
 */
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { businessDay } from '../../../shared/dates';
import { resident, staff, type Client } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { markOverdue } from './repayments.service';

const t = useTestApp();

async function rows(text: string, values: unknown[] = []) {
  return (await t.adminQuery(text, values)).rows;
}

/** A loan of the year in repayment with a period still to pay: its id, that period and what it owes. */
async function openLoan(skip = 0) {
  const [row] = await rows(
    `select p.loan_id::int as id, p.period_no as period,
            (p.principal_fen + p.interest_fen - p.subsidy_fen)::bigint as owes
       from loan_schedule_periods p join loans l on l.id = p.loan_id
      where l.status = 'repaying' and p.paid_on is null and l.disbursed_on >= '2026-01-01'
        and p.period_no = (select min(period_no) from loan_schedule_periods q where q.loan_id = p.loan_id and q.paid_on is null)
      order by p.loan_id offset $1 limit 1`,
    [skip],
  );
  if (!row) throw new Error('no loan in repayment');
  return { id: row.id as number, period: row.period as number, owes: Number(row.owes) };
}

async function workbook(lines: (string | number | Date)[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('还款记录');
  sheet.addRow(['贷款编号', '期次', '还款日期', '还款金额（元）', '银行流水号']);
  for (const l of lines) sheet.addRow(l);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function importSheet(c: Client, data: Buffer, skipBadRows = false) {
  const boundary = '----repay' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="skipBadRows"\r\n\r\n${skipBadRows ? 'true' : 'false'}\r\n`,
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="repay.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  if (!c.csrfToken) await c.refreshCsrf();
  return c.request('POST', '/api/v1/loans/repayments/import', body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

const today = () => businessDay(new Date());
const yuan = (fen: number) => (fen / 100).toFixed(2);

describe('a repayment recorded by the bank', () => {
  it('pays a period once per reference, and refuses what the bank may not record', async () => {
    const bank = await staff(t, 'bank01');
    const guarantee = await staff(t, 'guarantee01');
    const loan = await openLoan();
    const url = `/api/v1/loans/${loan.id}/repayments`;
    const pay = { reference: `HK-T1-${loan.id}`, periodNo: loan.period, paidOn: today(), amountFen: loan.owes };

    const over = await bank.post(url, { ...pay, amountFen: loan.owes + 1 });
    expect(over.status).toBe(400);
    expect(over.body.error.message).toContain('金额');
    const noPeriod = await bank.post(url, { ...pay, periodNo: 99 });
    expect(noPeriod.body.error.message).toContain('期次');
    expect((await guarantee.post(url, pay)).status).toBe(403);

    const paid = await bank.post(url, pay);
    expect(paid.status).toBe(200);
    const period = paid.body.schedule.find((p: { no: number }) => p.no === loan.period);
    expect(period).toMatchObject({ paidFen: loan.owes, paidOn: today(), overdueOn: null });
    expect(paid.body.repayments.at(-1)).toMatchObject({
      reference: pay.reference,
      amountFen: loan.owes,
      source: 'screen',
    });
    // sent again after a lost answer: nothing changes
    expect((await bank.post(url, pay)).status).toBe(200);
    const [count] = await rows(`select count(*)::int as n from loan_repayments where reference = $1`, [pay.reference]);
    expect(count!.n).toBe(1);
    // the same reference for something else is refused, by name
    const reused = await bank.post(url, { ...pay, amountFen: 100 });
    expect(reused.status).toBe(400);
    expect(reused.body.error.message).toContain('银行流水号');
    const audit = await rows(`select 1 from audit_events where action = 'loan.repayment' and target_id = $1`, [
      String(loan.id),
    ]);
    expect(audit).toHaveLength(1);
  });

  it('is 404 on another bank’s loan', async () => {
    const bank = await staff(t, 'bank01');
    const loan = await openLoan(1);
    const [other] = await rows(
      `insert into institutions (name, kind, area_id)
       select '另一家合作银行测试支行', 'bank', area_id from institutions where kind = 'bank' limit 1 returning id::int`,
    );
    await t.adminQuery(`update loans set bank_institution_id = $1 where id = $2`, [other!.id, loan.id]);
    const res = await bank.post(`/api/v1/loans/${loan.id}/repayments`, {
      reference: 'HK-OTHER',
      periodNo: loan.period,
      paidOn: today(),
      amountFen: 100,
    });
    expect(res.status).toBe(404);
    expect((await bank.get(`/api/v1/loans/${loan.id}`)).status).toBe(404);
  });
});

describe('an Excel import of repayments', () => {
  it('names every bad row and column, writes nothing unless told to skip them, and changes nothing the second time', async () => {
    const bank = await staff(t, 'bank01');
    const template = await t.app.inject({
      method: 'GET',
      url: '/api/v1/loans/repayments/template',
      headers: { cookie: `sid=${bank.sessionCookie}` },
    });
    expect(template.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(1).values).toEqual([
      undefined,
      '贷款编号',
      '期次',
      '还款日期',
      '还款金额（元）',
      '银行流水号',
    ]);

    const a = await openLoan(2);
    const b = await openLoan(3);
    const data = await workbook([
      [a.id, a.period, today(), yuan(a.owes), `IMP-A-${a.id}`],
      [999_999, 1, today(), '100.00', 'IMP-NONE'],
      [b.id, b.period, '2026-13-40', yuan(b.owes + 1), ''],
      [b.id, b.period, new Date(`${today()}T00:00:00Z`), Number(yuan(b.owes)), `IMP-B-${b.id}`],
    ]);
    const before = await rows(`select count(*)::int as n from loan_repayments`);

    const refused = await importSheet(bank, data);
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ applied: false, rows: 4, recorded: 0 });
    const messages = refused.body.errors.map((e: { message: string }) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        '第3行 贷款编号：不存在',
        '第4行 银行流水号：必填',
        '第4行 还款日期：应为日期（年-月-日）',
        '第4行 还款金额（元）：超过该期尚未归还的金额',
      ]),
    );
    expect(messages.some((m: string) => m.startsWith('第2行') || m.startsWith('第5行'))).toBe(false);
    expect(await rows(`select count(*)::int as n from loan_repayments`)).toEqual(before);

    const skipped = await importSheet(bank, data, true);
    expect(skipped.body).toMatchObject({ applied: true, recorded: 2, skipped: 2, unchanged: 0 });
    const again = await importSheet(bank, data, true);
    expect(again.body).toMatchObject({ applied: true, recorded: 0, unchanged: 2 });
    const [after] = await rows(`select count(*)::int as n from loan_repayments`);
    expect(after!.n).toBe(before[0]!.n + 2);
    expect((await bank.get(`/api/v1/loans/${b.id}`)).body.repayments.at(-1)).toMatchObject({
      reference: `IMP-B-${b.id}`,
      source: 'import',
    });

    const notXlsx = await importSheet(bank, Buffer.from('贷款编号,期次\n1,1\n'));
    expect(notXlsx.status).toBe(400);
  });
});

describe('the overdue check', () => {
  it('marks a period unpaid past its due day overdue, once, tells everyone, and the full payment cures it', async () => {
    const bank = await staff(t, 'bank01');
    // a period that fell due over a week ago, its repayment taken back: unpaid
    const [row] = await rows(
      `select p.loan_id::int as id, p.period_no as period,
              (p.principal_fen + p.interest_fen - p.subsidy_fen)::bigint as owes
         from loan_schedule_periods p join loans l on l.id = p.loan_id
        where l.status = 'repaying' and l.disbursed_on >= '2026-01-01' and p.due_on < current_date - 7
        order by p.loan_id desc, p.period_no desc limit 1`,
    );
    const loan = { id: row!.id as number, period: row!.period as number, owes: Number(row!.owes) };
    await t.adminQuery(`delete from loan_repayments where loan_id = $1 and period_no = $2`, [loan.id, loan.period]);
    await t.adminQuery(
      `update loan_schedule_periods set paid_fen = 0, paid_on = null where loan_id = $1 and period_no = $2`,
      [loan.id, loan.period],
    );
    expect(await markOverdue(t.db, new Date())).toBeGreaterThanOrEqual(1);
    expect(await markOverdue(t.db, new Date())).toBe(0);

    const [event] = await rows(
      `select action, to_status, actor_user_id from loan_events where loan_id = $1 order by id desc limit 1`,
      [loan.id],
    );
    expect(event).toMatchObject({ action: 'mark_overdue', to_status: 'overdue', actor_user_id: null });
    const told = await rows(
      `select u.role from notifications n join users u on u.id = n.user_id
        where n.kind = 'loans.overdue' and n.data->>'loanId' = $1`,
      [String(loan.id)],
    );
    expect(new Set(told.map((r) => r.role))).toEqual(new Set(['station_agent', 'street_officer']));
    // the applicant by SMS (and in the inbox when they have an account)
    const sms = await rows(
      `select o.template from sms_outbox o join residents r on r.phone = o.phone join loans l on l.resident_id = r.id
        where l.id = $1 and o.template = 'loan_overdue'`,
      [loan.id],
    );
    expect(sms).toHaveLength(1);

    // an overdue period earns no 贴息: it owes its whole interest
    const detail = (await bank.get(`/api/v1/loans/${loan.id}`)).body;
    expect(detail.status).toBe('overdue');
    expect(detail.events.at(-1)).toMatchObject({ action: 'mark_overdue', actorName: '系统自动' });
    const period = detail.schedule.find((p: { no: number }) => p.no === loan.period);
    expect(period.overdueOn).toBe(today());
    expect(period.owesFen).toBe(period.principalFen + period.interestFen);
    expect(period.owesFen).toBeGreaterThan(loan.owes);

    const cured = await bank.post(`/api/v1/loans/${loan.id}/repayments`, {
      reference: `HK-CURE-${loan.id}`,
      periodNo: loan.period,
      paidOn: today(),
      amountFen: period.owesFen,
    });
    expect(cured.status).toBe(200);
    expect(cured.body.status).toBe('repaying');
    expect(cured.body.events.at(-1)).toMatchObject({ action: 'cure_overdue' });
  });
});

describe('the quarter’s 贴息', () => {
  it('is recorded once per loan; the street reads the list and total; a quarter not over is refused', async () => {
    const street = await staff(t, 'wangguiling');
    const agent = await staff(t, 'tiejuezhan01');
    expect((await agent.post('/api/v1/loans/subsidy-quarters', { quarter: '2026-Q3' })).status).toBe(403);
    const early = await street.post('/api/v1/loans/subsidy-quarters', { quarter: '2026-Q4' });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toContain('季度');

    const first = await street.post('/api/v1/loans/subsidy-quarters', { quarter: '2026-Q3' });
    expect(first.status).toBe(200);
    expect(first.body.items.length).toBeGreaterThan(50);
    expect(first.body.subsidyTotalFen).toBe(
      first.body.items.reduce((s: number, i: { subsidyFen: number }) => s + i.subsidyFen, 0),
    );
    expect(first.body.subsidyTotalFen).toBeGreaterThan(0);
    // the loan in its third year earns none
    const [third] = await rows(`select id::int from loans where disbursed_on = '2024-03-18'`);
    expect(first.body.items.find((i: { loanId: number }) => i.loanId === third!.id)?.subsidyFen).toBe(0);

    const second = await street.post('/api/v1/loans/subsidy-quarters', { quarter: '2026-Q3' });
    expect(second.body).toEqual(first.body);
    const [batches] = await rows(`select count(*)::int as n from loan_subsidy_quarters where quarter = '2026-Q3'`);
    expect(batches!.n).toBe(1);
    expect((await street.get('/api/v1/loans/subsidy-quarters/2026-Q3')).body).toEqual(first.body);
    expect((await street.get('/api/v1/loans/subsidy-quarters/2026-Q2')).body).toMatchObject({
      recorded: null,
      items: [],
    });
  });
});

describe('the jobs a loan created, and a material for its reviewer', () => {
  it('lets the loan’s station record the jobs once a year has passed, nobody else', async () => {
    const [third] = await rows(`select id::int, station_id::int from loans where disbursed_on = '2024-03-18'`);
    const agent = await staff(t, 'xiaotaihou02');
    const other = await staff(t, 'tiejuezhan01');
    const body = { clientKey: randomUUID(), jobsCreated: 5 };
    expect((await other.put(`/api/v1/loans/${third!.id}/jobs-created`, body)).status).toBe(404);
    const done = await agent.put(`/api/v1/loans/${third!.id}/jobs-created`, body);
    expect(done.status).toBe(200);
    expect(done.body.jobsCreated).toBe(5);
    expect(done.body.events.at(-1)).toMatchObject({ action: 'record_jobs', note: '5 / 3' });

    const [recent] = await rows(
      `select l.id::int from loans l join stations s on s.id = l.station_id
        where s.name = '小台后工业园创贷驿站' and l.disbursed_on >= '2026-09-01' limit 1`,
    );
    const early = await agent.put(`/api/v1/loans/${recent!.id}/jobs-created`, {
      clientKey: randomUUID(),
      jobsCreated: 1,
    });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toContain('实际带动就业人数');
  });

  it('serves an uploaded material to whoever reviews the loan, audited; 404 outside', async () => {
    const chen = await resident(t, '13900000020');
    const [station] = await rows(`select id::int from stations where name = '铁橛山路社区创贷驿站'`);
    const filed = await chen.post('/api/v1/loans', {
      clientKey: randomUUID(),
      productCode: 'person',
      stationId: station!.id,
      amountFen: 5_000_000,
      termMonths: 12,
      purpose: '外卖窗口',
      jobsPromised: 1,
      guaranteeMode: 'guarantee_centre',
      shareConsent: true,
      submit: false,
    });
    expect(filed.status).toBe(201);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    const boundary = '----m' + Math.random().toString(16).slice(2);
    if (!chen.csrfToken) await chen.refreshCsrf();
    const up = await chen.request(
      'POST',
      `/api/v1/loans/${filed.body.id}/materials`,
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="material"\r\n\r\n身份证\r\n`),
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="id.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        png,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
      { 'content-type': `multipart/form-data; boundary=${boundary}` },
    );
    expect(up.status).toBe(200);
    const materialId = up.body.materials.uploaded[0].id;
    const agent = await staff(t, 'tiejuezhan02');
    const got = await t.app.inject({
      method: 'GET',
      url: `/api/v1/loans/${filed.body.id}/materials/${materialId}`,
      headers: { cookie: `sid=${agent.sessionCookie}` },
    });
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(got.rawPayload, png)).toBe(0);
    const audited = await rows(`select 1 from audit_events where action = 'loan.material_open' and target_id = $1`, [
      String(filed.body.id),
    ]);
    expect(audited).toHaveLength(1);
    const outsider = await staff(t, 'paifang01');
    expect((await outsider.get(`/api/v1/loans/${filed.body.id}/materials/${materialId}`)).status).toBe(404);
    await chen.post(`/api/v1/loans/${filed.body.id}/actions`, { clientKey: randomUUID(), action: 'withdraw' });
  });
});
