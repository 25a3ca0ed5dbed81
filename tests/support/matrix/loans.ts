/**
 * Guarantee loans (创贷驿站 · 创业担保贷款): an applicant sees and acts on their own loans; a station agent
 * those of their station (and files for a walk-in resident of the street); officers read their areas' and the
 * street takes its review; a lender sees a loan once it has reached its institution's stage. Products and the
 * LPR are the street's settings. Out of scope is 404.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { readEnv } from '../../../src/server/env';
import { LocalDiskStorage } from '../../../src/server/platform/files';
import { allowed, type MatrixRow } from '../authorisation-matrix';
import type { World } from './world';

const READ = ['resident', 'station_agent', 'community_officer', 'street_officer', 'lender'] as const;
const ACT = ['resident', 'station_agent', 'street_officer', 'lender'] as const;
const FILE = ['resident', 'station_agent'] as const;

export async function loansRows(w: World): Promise<MatrixRow[]> {
  // 陈鹏飞's loan with the bank (铁橛山路 station); the street review past target (牌坊街, the matrix's agent's)
  const chen = await w.id(`select id from loans where resident_id = $1 and status = 'bank_review'`, [
    w.residents.chenPengfei,
  ]);
  const late = await w.id(`select id from loans where status = 'street_review' order by id limit 1`);
  const fuxing = await w.id(
    `select l.id from loans l join areas a on a.id = l.area_id where a.name = '复兴社区' order by l.id limit 1`,
  );
  // a withdrawn loan of 张丽's (the matrix's resident) and one in the other street
  const copy = (resident: number, area: number | null) =>
    w.id(
      `insert into loans (product_code, applicant_kind, resident_id, area_id, station_id, guarantee_institution_id,
          bank_institution_id, amount_fen, term_months, purpose, jobs_promised, guarantee_mode, status, eligibility,
          consent_text, consented_at, filed_by_user_id, assisted, client_key)
        select product_code, 'person', $1, coalesce($2, area_id), station_id, guarantee_institution_id,
          bank_institution_id, amount_fen, term_months, purpose, jobs_promised, guarantee_mode, 'withdrawn', eligibility,
          consent_text, consented_at, filed_by_user_id, assisted, gen_random_uuid()
        from loans where id = $3 returning id`,
      [resident, area, late],
    );
  const zhang = await copy(w.residents.zhangLi, null);
  const elsewhere = await copy(w.elsewhere.resident, w.elsewhere.street);
  const station = await w.id(`select id from stations where name = '牌坊街创贷驿站'`);
  const loanOf = {
    other: { inScope: { id: chen }, outOfScope: { id: late } },
    resident: { inScope: { id: zhang }, outOfScope: { id: chen } },
    community_officer: { inScope: { id: fuxing }, outOfScope: { id: chen } },
    street_officer: { inScope: { id: chen }, outOfScope: { id: elsewhere } },
    station_agent: { inScope: { id: late }, outOfScope: { id: chen } },
  };
  const boundary = '----matrix';
  const upload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="material"\r\n\r\n身份证\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="id.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 matrix\r\n--${boundary}--\r\n`,
  );
  // a material kept with each loan above, for the download row
  const storage = new LocalDiskStorage(resolve(readEnv({ NODE_ENV: 'test' }).DATA_DIR, 'files'));
  const materialOf = async (loan: number) => {
    const key = `matrix/${randomUUID()}`;
    await storage.put(key, Buffer.from('%PDF-1.4 matrix'));
    const file = await w.id(
      `insert into files (owner_user_id, purpose, original_name, mime, size_bytes, sha256, storage_key)
         select filed_by_user_id, 'loan_material', 'id.pdf', 'application/pdf', 15, repeat('0', 64), $2 from loans where id = $1
       returning id`,
      [loan, key],
    );
    return w.id(
      `insert into loan_materials (loan_id, file_id, material, uploaded_by_user_id)
         select id, $2, '身份证', filed_by_user_id from loans where id = $1 returning id`,
      [loan, file],
    );
  };
  const material = new Map<number, number>();
  for (const loan of [chen, late, fuxing, zhang, elsewhere]) material.set(loan, await materialOf(loan));
  const withMaterial = Object.fromEntries(
    Object.entries(loanOf).map(([who, s]) => [
      who,
      {
        inScope: { ...s.inScope, materialId: material.get(s.inScope.id)! },
        outOfScope: { ...s.outOfScope, materialId: material.get(s.outOfScope.id)! },
      },
    ]),
  ) as unknown as typeof loanOf;

  // the bank's loan in repayment with a period still to pay; the 牌坊街 station's loan in repayment
  const repaying = await w.id(
    `select l.id from loans l join loan_schedule_periods p on p.loan_id = l.id
      where l.status = 'repaying' and p.paid_on is null order by l.id limit 1`,
  );
  const openPeriod = await w.id(
    `select period_no as id from loan_schedule_periods where loan_id = $1 and paid_on is null order by period_no limit 1`,
    [repaying],
  );
  const paifangRepaying = await w.id(
    `select l.id from loans l join stations s on s.id = l.station_id
      where s.name = '牌坊街创贷驿站' and l.status = 'repaying' order by l.id limit 1`,
  );
  const book = new ExcelJS.Workbook();
  book.addWorksheet('还款记录').addRow(['贷款编号', '期次', '还款日期', '还款金额（元）', '银行流水号']);
  const sheet = Buffer.from(await book.xlsx.writeBuffer());
  const importBody = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    sheet,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);

  const L = '/api/v1/loans';
  return [
    { method: 'GET', path: `${L}/settings`, expect: allowed(READ) },
    {
      method: 'PATCH',
      path: `${L}/products/{code}`,
      subjects: { other: { inScope: { code: 'person' }, outOfScope: { code: 'no_such_product' } } },
      body: { legalBasis: '财金〔2020〕21号 第三条（演示参数）' },
      expect: allowed(['street_officer']),
    },
    {
      method: 'POST',
      path: `${L}/lpr`,
      body: { effectiveFrom: '2026-12-21', rateBp: 300 },
      expect: allowed(['street_officer']),
    },
    {
      method: 'GET',
      path: `${L}/applicant-lookup`,
      query: { phone: '13900000010' },
      expect: allowed(['station_agent']),
    },
    {
      method: 'POST',
      path: L,
      residentAs: 'owner',
      // 窦金花 files for herself; the 牌坊街 agent files for her (代办): the second finds the first still open
      body: () => ({
        clientKey: randomUUID(),
        productCode: 'person',
        residentId: w.residents.jinhua,
        stationId: station,
        amountFen: 5_000_000,
        termMonths: 12,
        purpose: '添置缝纫设备',
        jobsPromised: 1,
        guaranteeMode: 'guarantee_centre',
        shareConsent: true,
        consent: { consentMethod: 'paper' },
      }),
      expect: allowed(FILE, 201),
      authorised: ['409 LOAN_OPEN_EXISTS'],
    },
    { method: 'GET', path: L, expect: allowed(READ) },
    { method: 'GET', path: `${L}/{id}`, subjects: loanOf, expect: allowed(READ) },
    {
      method: 'POST',
      path: `${L}/{id}/actions`,
      subjects: loanOf,
      // settling is possible only once the money is out: every loan here is refused the step, never the sight
      body: () => ({ clientKey: randomUUID(), action: 'settle' }),
      expect: allowed(ACT),
      authorised: ['409 LOAN_INVALID_STEP'],
    },
    {
      method: 'POST',
      path: `${L}/{id}/materials`,
      subjects: loanOf,
      body: upload,
      contentType: `multipart/form-data; boundary=${boundary}`,
      expect: allowed(FILE),
      authorised: ['409 LOAN_INVALID_STEP'],
    },
    {
      method: 'GET',
      path: `${L}/{id}/materials/{materialId}`,
      subjects: withMaterial,
      expect: allowed(READ),
    },
    {
      method: 'POST',
      path: `${L}/{id}/repayments`,
      // the bank's loan in repayment; a loan not yet at the bank is out of its sight
      subjects: { other: { inScope: { id: repaying }, outOfScope: { id: late } } },
      body: () => ({
        reference: `MX-${randomUUID().slice(0, 8)}`,
        periodNo: openPeriod,
        paidOn: new Date().toISOString().slice(0, 10),
        amountFen: 100,
      }),
      expect: allowed(['lender']),
    },
    { method: 'GET', path: `${L}/repayments/template`, expect: allowed(['lender']) },
    {
      method: 'POST',
      path: `${L}/repayments/import`,
      body: importBody,
      contentType: `multipart/form-data; boundary=${boundary}`,
      expect: allowed(['lender']),
    },
    {
      method: 'PUT',
      path: `${L}/{id}/jobs-created`,
      // the station's loan, disbursed this year: too early for the jobs created, refused by name
      subjects: { other: { inScope: { id: paifangRepaying }, outOfScope: { id: chen } } },
      body: () => ({ clientKey: randomUUID(), jobsCreated: 2 }),
      expect: allowed(['station_agent']),
      authorised: ['400 VALIDATION_FAILED'],
    },
    {
      method: 'POST',
      path: `${L}/subsidy-quarters`,
      body: { quarter: '2026-Q3' },
      expect: allowed(['street_officer']),
    },
    {
      method: 'GET',
      path: `${L}/subsidy-quarters/{quarter}`,
      // a quarter has no area: each officer reads it, its list held to her areas
      subjects: { other: { inScope: { quarter: '2026-Q3' }, outOfScope: { quarter: '2026-Q2' } } },
      expect: allowed(['street_officer', 'community_officer'], 200, {
        street_officer: { inScope: 200, outOfScope: 200 },
        community_officer: { inScope: 200, outOfScope: 200 },
      }),
    },
  ];
}
