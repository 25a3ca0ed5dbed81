import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, idNumberCheckChar } from '../../../shared/validators';
import { type Client, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { failInterruptedImports, IMPORT_SILENT_LIMIT_MS, importsSettled } from './imports.service';

const t = useTestApp();

/** A workbook of one sheet: a header row, then the rows as given. */
async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('导入');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(c: Client, kind: string, file: Buffer, opts: { skipBad?: boolean; clientKey?: string } = {}) {
  const boundary = '----import' + Math.random().toString(16).slice(2);
  const field = (name: string, value: string) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const body = Buffer.concat([
    field('kind', kind),
    field('skipBad', String(opts.skipBad ?? false)),
    field('clientKey', opts.clientKey ?? randomUUID()),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="名单.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  if (!c.csrfToken) await c.refreshCsrf();
  return c.request('POST', '/api/v1/imports', body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

/** Uploads and waits for the job to finish: what the officer finally reads. */
async function imported(c: Client, kind: string, file: Buffer, opts: { skipBad?: boolean; clientKey?: string } = {}) {
  const res = await upload(c, kind, file, opts);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  await importsSettled();
  const job = await c.get(`/api/v1/imports/${res.body.id}`);
  expect(job.status).toBe(200);
  return job.body;
}

let serial = 0;
/** A valid 身份证号码 of a woman born in 1985, different each call. */
function idNumber(): string {
  const first17 = `37021119850${String(101 + (serial % 28)).padStart(3, '0')}${String(200 + ++serial).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}
let phones = 0;
const phone = () => `1867700${String(1000 + ++phones).slice(-4)}`;
const count = async (sql: string) => Number((await t.adminQuery(sql)).rows[0].n);

const RESIDENT_HEADER = ['姓名', '身份证号码', '手机号码', '居住小区', '性别', '人员标签', '户籍地'];

describe('importing residents (导入)', () => {
  it('reports every bad row and column in words and imports nothing; skipping bad rows imports the rest; a second import changes nothing', async () => {
    const fuxing = await staff(t, 'fuxing01');
    const rows: (string | number)[][] = [RESIDENT_HEADER];
    for (let i = 0; i < 12; i++)
      rows.push([`导入居民${i}`, idNumber(), phone(), '复兴社区B区', '女', '宝妈', '山东省青岛市']);
    const wrongCheck = idNumber();
    // row 12 of the sheet: a 身份证号码 whose check character is wrong
    rows[11]![1] = wrongCheck.slice(0, 17) + (wrongCheck[17] === '1' ? '2' : '1');
    // row 13: another community's compound, an unknown label and a short phone
    rows[12]![3] = '安远路小区';
    rows[12]![5] = '富豪';
    rows[12]![2] = '1867';
    const file = await workbook(rows);
    const before = await count('select count(*) as n from residents');

    const refused = await imported(fuxing, 'residents', file);
    expect(refused.status).toBe('rejected');
    const messages = refused.problems.map((p: { message: string }) => p.message);
    expect(messages).toContain('第12行 身份证号码：校验位不正确');
    expect(messages).toContain('第13行 居住小区：找不到该名称的区域，或不在您的服务范围内');
    expect(messages).toContain('第13行 人员标签：不是可选的值');
    expect(messages).toContain('第13行 手机号码：应为11位手机号码');
    expect(refused.imported).toBe(0);
    expect(await count('select count(*) as n from residents')).toBe(before);

    const skipping = await imported(fuxing, 'residents', file, { skipBad: true });
    expect(skipping).toMatchObject({ status: 'done', totalRows: 12, imported: 10, unchanged: 0, skipped: 2 });
    expect(await count('select count(*) as n from residents')).toBe(before + 10);
    const one = (
      await t.adminQuery(
        `select labels, gender, id_number_masked, created_by_user_id from residents where name = '导入居民0'`,
      )
    ).rows[0];
    expect(one).toMatchObject({ labels: ['mother'], gender: 'female' });
    expect(one.id_number_masked).toMatch(/^\d{6}\*+\d{3}[\dX]$|\*/);
    expect(
      await count(`select count(*) as n from audit_events where action = 'resident.create'`),
    ).toBeGreaterThanOrEqual(10);

    const again = await imported(fuxing, 'residents', file, { skipBad: true });
    expect(again).toMatchObject({ status: 'done', imported: 0, unchanged: 10, skipped: 2 });
    expect(await count('select count(*) as n from residents')).toBe(before + 10);
  });

  it('marks an import whose process died failed after the limit, and the file uploaded again imports once', async () => {
    const fuxing = await staff(t, 'fuxing01');
    const officer = Number(
      (await t.adminQuery(`select id from users where username = 'fuxing01'`)).rows[0].id as number,
    );
    // two jobs a process left running: one silent since 10:00, one that spoke at 10:10 (the clock is injected)
    const lastWord = new Date('2026-12-08T02:00:00Z');
    const job = async (status: string, at: Date) =>
      Number(
        (
          await t.adminQuery(
            `insert into import_jobs (kind, file_name, skip_bad, status, total_rows, processed_rows, created_by_user_id,
               client_key, created_at, updated_at)
             values ('residents', '名单.xlsx', false, $1, 300, 250, $2, $3, $4, $4) returning id`,
            [status, officer, randomUUID(), at],
          )
        ).rows[0].id as number,
      );
    const dead = await job('checking', lastWord);
    const alive = await job('importing', new Date(lastWord.getTime() + 10 * 60_000));
    const justBefore = new Date(lastWord.getTime() + IMPORT_SILENT_LIMIT_MS);
    expect(await failInterruptedImports(t.db, justBefore)).toEqual([]);
    const past = new Date(lastWord.getTime() + IMPORT_SILENT_LIMIT_MS + 1000);
    expect(await failInterruptedImports(t.db, past)).toEqual([dead]);
    // a second run (another process's scheduler) finds nothing more to do
    expect(await failInterruptedImports(t.db, past)).toEqual([]);

    const failed = await fuxing.get(`/api/v1/imports/${dead}`);
    expect(failed.status).toBe(200);
    expect(failed.body.status).toBe('failed');
    expect(failed.body.finishedAt).toBe(past.toISOString());
    expect((await fuxing.get(`/api/v1/imports/${alive}`)).body.status).toBe('importing');

    // the officer uploads the file again: it imports; once more, and nothing changes
    const rows: (string | number)[][] = [RESIDENT_HEADER];
    for (let i = 0; i < 3; i++)
      rows.push([`重新导入居民${i}`, idNumber(), phone(), '复兴社区B区', '女', '', '山东省青岛市']);
    const file = await workbook(rows);
    const before = await count('select count(*) as n from residents');
    const again = await imported(fuxing, 'residents', file);
    expect(again).toMatchObject({ status: 'done', imported: 3, unchanged: 0 });
    const twice = await imported(fuxing, 'residents', file);
    expect(twice).toMatchObject({ status: 'done', imported: 0, unchanged: 3 });
    expect(await count('select count(*) as n from residents')).toBe(before + 3);
  });

  it('names a row repeating another and a phone already on file; answers a retried upload with the same job', async () => {
    const fuxing = await staff(t, 'fuxing01');
    const twin = idNumber();
    const file = await workbook([
      RESIDENT_HEADER,
      ['甲', twin, phone(), '复兴社区A区'],
      ['乙', twin, phone(), '复兴社区/复兴社区A区'],
      ['丙', idNumber(), '13900000010', '复兴社区A区'],
    ]);
    const key = randomUUID();
    const job = await imported(fuxing, 'residents', file, { clientKey: key });
    expect(job.status).toBe('rejected');
    expect(job.problems.map((p: { message: string }) => p.message)).toEqual([
      '第3行 身份证号码：与文件中另一行重复',
      '第4行 手机号码：已被其他居民使用',
    ]);
    const retried = await upload(fuxing, 'residents', file, { clientKey: key });
    expect(retried.body.id).toBe(job.id);
    // another officer never sees the job
    expect((await (await staff(t, 'wangguiling')).get(`/api/v1/imports/${job.id}`)).status).toBe(404);
  });

  it('refuses a file that is not a workbook, or lacks a column, naming the problem', async () => {
    const fuxing = await staff(t, 'fuxing01');
    const junk = await imported(fuxing, 'residents', Buffer.from('姓名,身份证号码\n'));
    expect(junk.problems[0].message).toBe('第1行 文件：不是可读取的Excel工作簿（.xlsx）');
    const noPhone = await imported(
      fuxing,
      'residents',
      await workbook([
        ['姓名', '身份证号码', '居住小区'],
        ['丁', idNumber(), '复兴社区A区'],
      ]),
    );
    expect(noPhone.problems.map((p: { message: string }) => p.message)).toEqual(['第1行 手机号码：缺少这一列']);
    const english = await imported(
      fuxing,
      'residents',
      await workbook([
        ['Name', 'ID number', 'Mobile number', 'Home compound'],
        ['Ding', idNumber(), phone(), '复兴社区A区'],
      ]),
    );
    expect(english).toMatchObject({ status: 'done', imported: 1 });
    const bad = await upload(fuxing, 'pets', Buffer.from('x'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('类型');
  });
});

describe('importing enterprises', () => {
  it('matches an enterprise already on file by its credit code, and downloads the template', async () => {
    const wang = await staff(t, 'wangguiling');
    const code = (n: number) => {
      const first17 = `91370211MA${String(7_100_000 + n)}`;
      return first17 + creditCodeCheckChar(first17);
    };
    const existing = (await t.adminQuery(`select credit_code from enterprises order by id limit 1`)).rows[0]
      .credit_code;
    const file = await workbook([
      ['企业名称', '统一社会信用代码', '企业类型', '所属区域', '负责人', '负责人电话', '成立日期'],
      ['导入企业一', code(1), '店铺', '复兴社区', '王一', '18677009001', '2024-03-15'],
      ['导入企业二', code(2), 'company', '复兴社区B区', '王二', '18677009002', ''],
      ['已登记企业', existing, '企业', '复兴社区', '王三', '18677009003', ''],
    ]);
    const job = await imported(wang, 'enterprises', file);
    expect(job).toMatchObject({ status: 'done', imported: 2, unchanged: 1, skipped: 0, problems: [] });
    expect(await count(`select count(*) as n from enterprises where name like '导入企业%'`)).toBe(2);
    const again = await imported(wang, 'enterprises', file);
    expect(again).toMatchObject({ imported: 0, unchanged: 3 });

    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/imports/templates/enterprises',
      headers: { cookie: `sid=${wang.sessionCookie}` },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((book.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual([
      '企业名称',
      '统一社会信用代码',
      '企业类型',
      '所属区域',
      '负责人',
      '负责人电话',
      '成立日期',
    ]);
    expect(book.getWorksheet('填写说明')).toBeDefined();
  });
});
