/**
 * The authorisation matrix of a loan's tracker: every role × a loan in its scope and one outside it. An
 * applicant sees their own; a station agent their station's; an officer her areas'; a lender the loans that
 * have reached its institution's stage; the three administrators none (403). Out of scope is 404.
 */
import { beforeAll, describe, it } from 'vitest';
import { expectMatrix, type Expectation, type MatrixRoute } from '../../../../tests/support/authorisation-matrix';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();

async function id(text: string, values: unknown[] = []): Promise<number> {
  const { rows } = await t.adminQuery(text, values);
  if (!rows[0]) throw new Error(`no row for ${text}`);
  return Number(rows[0].id);
}

const LOAN_READERS: Expectation = {
  signed_out: { inScope: 401, outOfScope: 401 },
  resident: { inScope: 200, outOfScope: 404 },
  community_officer: { inScope: 200, outOfScope: 404 },
  street_officer: { inScope: 200, outOfScope: 404 },
  station_agent: { inScope: 200, outOfScope: 404 },
  lender: { inScope: 200, outOfScope: 404 },
  sysadmin: { inScope: 403, outOfScope: 403 },
  secadmin: { inScope: 403, outOfScope: 403 },
  auditor: { inScope: 403, outOfScope: 403 },
};

let routes: MatrixRoute[];

beforeAll(async () => {
  const chen = await id(`select l.id from loans l join residents r on r.id = l.resident_id
    where r.phone = '13900000020' and l.status = 'bank_review'`);
  const late = await id(`select id from loans where status = 'street_review'`);
  const fuxing = await id(
    `select l.id from loans l join areas a on a.id = l.area_id where a.name = '复兴社区' limit 1`,
  );
  // a loan of 张丽's (the matrix's resident), withdrawn, and one in a street the demo's officers do not serve
  const copy = (residentSql: string, areaSql: string) =>
    id(`insert into loans (product_code, applicant_kind, resident_id, area_id, station_id, guarantee_institution_id,
          bank_institution_id, amount_fen, term_months, purpose, jobs_promised, guarantee_mode, status, eligibility,
          consent_text, consented_at, filed_by_user_id, assisted, client_key)
        select product_code, 'person', ${residentSql}, ${areaSql}, station_id, guarantee_institution_id,
          bank_institution_id, amount_fen, term_months, purpose, jobs_promised, guarantee_mode, 'withdrawn', eligibility,
          consent_text, consented_at, filed_by_user_id, assisted, gen_random_uuid()
        from loans where id = ${late} returning id`);
  const zhang = await copy(`(select id from residents where phone = '13900000001')`, 'area_id');
  const district = await id(`select id from areas where level = 'district' order by id limit 1`);
  const street = await id(
    `insert into areas (parent_id, code, name, level, path)
     select $1, '370211998', '贷款矩阵街道', 'street', path || 'x/' from areas where id = $1 returning id`,
    [district],
  );
  await t.adminQuery(`update areas set path = (select path from areas where id = $1) || id || '/' where id = $2`, [
    district,
    street,
  ]);
  const elsewhere = await copy('resident_id', String(street));
  routes = [
    {
      path: '/api/v1/loans/{id}',
      subjects: {
        other: { inScope: chen, outOfScope: late },
        resident: { inScope: zhang, outOfScope: chen },
        community_officer: { inScope: fuxing, outOfScope: chen },
        street_officer: { inScope: chen, outOfScope: elsewhere },
        station_agent: { inScope: late, outOfScope: chen },
        lender: { inScope: chen, outOfScope: late },
      },
    },
  ];
});

describe('authorisation matrix: a loan', () => {
  it('answers each role in scope and out of it as the matrix says', { timeout: 60_000 }, async () => {
    await expectMatrix(t, routes, LOAN_READERS);
  });
});
