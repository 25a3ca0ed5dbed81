import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type Client, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { employmentLedgerPage } from './ledgers.repository';

const t = useTestApp();

const areaId = async (name: string) =>
  ((await t.adminQuery('select id from areas where name = $1', [name])).rows[0] as { id: number }).id;

/** A ledger downloaded and read back: its sheets' rows as arrays of cell values. */
async function ledger(client: Client, url: string) {
  const res = await t.app.inject({
    method: 'GET',
    url,
    headers: { cookie: `sid=${client.sessionCookie}` },
  });
  const none: Record<string, unknown[][]> = {};
  if (res.statusCode !== 200) return { status: res.statusCode, body: res.json(), sheets: none };
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheets: Record<string, unknown[][]> = {};
  book.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets[sheet.name] = rows;
  });
  return { status: 200, body: null, sheets };
}

const lastAudit = async (action: string) =>
  (
    await t.adminQuery(`select actor_name, after from audit_events where action = $1 order by id desc limit 1`, [
      action,
    ])
  ).rows[0];

describe('the ledgers (台账)', () => {
  it('writes the subsidy ledger of the street with its 填写说明, numbers masked, and audits the export', async () => {
    const wang = await staff(t, 'wangguiling');
    const street = await areaId('珠海街道');
    const res = await ledger(wang, `/api/v1/dashboard/ledgers/subsidies?area=${street}&from=2026-01&to=2026-10`);
    expect(res.status).toBe(200);
    const rows = res.sheets['补贴台账']!;
    expect(rows[0]).toEqual(expect.arrayContaining(['序号', '补贴项目', '享受对象', '金额（元）']));
    // the dashboard's figure, row by row: 166 awards to 145 enterprises, 315.2万元
    const board = await wang.get(`/api/v1/dashboard?area=${street}&from=2026-01&to=2026-10`);
    const awards = board.body.figures.find((f: { id: string }) => f.id === 'benefits.awards').total;
    expect(rows.length - 1).toBe(awards);
    const amountColumn = (rows[0] as string[]).indexOf('金额（元）');
    const sum = rows.slice(1).reduce((s: number, r: unknown[]) => s + Number(r[amountColumn]), 0);
    expect(Math.round(sum * 100)).toBe(
      board.body.figures.find((f: { id: string }) => f.id === 'benefits.awards-amount').total,
    );
    expect(res.sheets['填写说明']![0]![0]).toBe('补贴台账 填写说明');
    expect(JSON.stringify(rows)).not.toMatch(/1[3-9]\d{9}/);
    expect(await lastAudit('dashboard.ledger_export')).toMatchObject({
      actor_name: '王桂玲',
      after: { ledger: 'subsidies', revealed: false },
    });
  });

  it('writes the loan ledger of the street: 111 loans of 1975万元, as the dashboard counts them', async () => {
    const wang = await staff(t, 'wangguiling');
    const street = await areaId('珠海街道');
    const res = await ledger(wang, `/api/v1/dashboard/ledgers/loans?area=${street}&from=2026-01&to=2026-10`);
    expect(res.status).toBe(200);
    const rows = res.sheets['贷款台账']!;
    const header = rows[0] as string[];
    expect(header).toEqual(
      expect.arrayContaining(['借款主体', '申请人身份证号码', '贷款金额（元）', '贴息合计（元）']),
    );
    expect(rows.length - 1).toBe(111);
    const amount = header.indexOf('贷款金额（元）');
    expect(Math.round(rows.slice(1).reduce((s: number, r: unknown[]) => s + Number(r[amount]), 0) * 100)).toBe(
      1_975_000_000,
    );
    const idColumn = header.indexOf('申请人身份证号码');
    expect(rows.slice(1).every((r) => /\*{4}/.test(String(r[idColumn])))).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/1[3-9]\d{9}/);
    expect(res.sheets['填写说明']![0]![0]).toBe('贷款台账 填写说明');
  });

  it('neutralises a cell that a spreadsheet would run as a formula', async () => {
    const wang = await staff(t, 'wangguiling');
    await t.adminQuery(
      `update enterprises set name = '=HYPERLINK("http://example.com","点我")' where id = (select enterprise_id from benefit_awards order by id limit 1)`,
    );
    const res = await ledger(wang, `/api/v1/dashboard/ledgers/subsidies?from=2026-01&to=2026-10`);
    const names = res.sheets['补贴台账']!.map((r) => r[2]);
    expect(names).toContain(`'=HYPERLINK("http://example.com","点我")`);
    expect(names).not.toContain(`=HYPERLINK("http://example.com","点我")`);
  });

  it('writes full numbers only with a reason, and audits the reason', async () => {
    const wang = await staff(t, 'wangguiling');
    const masked = await ledger(wang, `/api/v1/dashboard/ledgers/employment?from=2026-01&to=2026-12`);
    const full = await ledger(
      wang,
      `/api/v1/dashboard/ledgers/employment?from=2026-01&to=2026-12&reason=${encodeURIComponent('向区人社局报送就业台账')}`,
    );
    expect(full.status).toBe(200);
    const rows = full.sheets['就业台账']!;
    expect(rows.length).toBe(masked.sheets['就业台账']!.length);
    expect(rows.length).toBeGreaterThan(1);
    const phone = (rows[0] as string[]).indexOf('手机号码');
    expect(rows.slice(1).every((r) => /^1[3-9]\d{9}$/.test(String(r[phone])))).toBe(true);
    expect(masked.sheets['就业台账']!.slice(1).every((r) => /^1\d\d\*{4}\d{4}$/.test(String(r[phone])))).toBe(true);
    expect(await lastAudit('dashboard.ledger_reveal')).toMatchObject({
      actor_name: '王桂玲',
      after: { ledger: 'employment', revealed: true, reason: '向区人社局报送就业台账' },
    });
    const short = await wang.get(`/api/v1/dashboard/ledgers/employment?reason=${encodeURIComponent('看看')}`);
    expect(short.status).toBe(400);
  });

  it("gives a community officer her own community's factories and nothing of the street's", async () => {
    const fuxing = await staff(t, 'fuxing01');
    const own = await ledger(fuxing, `/api/v1/dashboard/ledgers/factories?from=2026-01&to=2026-12`);
    const rows = own.sheets['微工厂台账']!;
    const community = (rows[0] as string[]).indexOf('所在社区');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((r) => r[community] === '复兴社区')).toBe(true);
    for (const area of ['珠海街道', '安远路社区'])
      expect((await ledger(fuxing, `/api/v1/dashboard/ledgers/factories?area=${await areaId(area)}`)).status).toBe(404);
  });

  it('walks the 就业台账 page by page to the same rows as in one page, hires first and then the rolls', async () => {
    const street = (await t.adminQuery(`select path from areas where name = '珠海街道'`)).rows[0] as { path: string };
    const scope = { areaPath: street.path, actorPaths: [street.path] };
    const range = { from: '2026-01-01', to: '2027-01-01' };
    const whole = (await employmentLedgerPage(t.db, scope, range, '', 100_000)).map((r) => r.id);
    expect(whole.some((id) => id.startsWith('e'))).toBe(true);
    expect(whole.some((id) => id.startsWith('w'))).toBe(true);
    const walked: string[] = [];
    for (let after = ''; ;) {
      const page = await employmentLedgerPage(t.db, scope, range, after, 7);
      walked.push(...page.map((r) => r.id));
      if (page.length < 7) break;
      after = page[page.length - 1]!.id;
    }
    expect(walked).toEqual(whole);
    expect([...whole].sort()).toEqual(whole);
  });
});
