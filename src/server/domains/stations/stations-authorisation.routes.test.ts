/**
 * The authorisation matrix of the stations' reads by id: every role × a station in its reach and one
 * outside it. Officers reach the stations of their areas, an agent her own station; a resident
 * reads every station's public face, and a station that does not exist is 404 for her.
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

const refused = { inScope: 403, outOfScope: 403 };
const scoped = { inScope: 200, outOfScope: 404 };

const STAFF_READERS: Expectation = {
  signed_out: { inScope: 401, outOfScope: 401 },
  resident: refused,
  community_officer: scoped,
  street_officer: scoped,
  station_agent: scoped,
  lender: refused,
  sysadmin: refused,
  secadmin: refused,
  auditor: refused,
};

const PUBLIC_FACE: Expectation = {
  signed_out: { inScope: 401, outOfScope: 401 },
  resident: scoped,
  community_officer: refused,
  street_officer: refused,
  station_agent: refused,
  lender: refused,
  sysadmin: refused,
  secadmin: refused,
  auditor: refused,
};

let staffRoutes: MatrixRoute[];
let publicRoutes: MatrixRoute[];

beforeAll(async () => {
  const district = await id(`select id from areas where level = 'district' order by id limit 1`);
  const street = await id(
    `insert into areas (parent_id, code, name, level, path)
     select $1, '370211998', '驿站街道', 'street', path || 'x/' from areas where id = $1 returning id`,
    [district],
  );
  await t.adminQuery(`update areas set path = (select path from areas where id = $1) || id || '/' where id = $2`, [
    district,
    street,
  ]);
  const elsewhere = await id(
    `insert into stations (area_id, name, kind, address) values ($1, '驿站街道服务站', 'service_station', '别处') returning id`,
    [street],
  );
  const paifang = await id(`select id from stations where name = '牌坊街创贷驿站'`);
  const jiuxiangjia = await id(`select id from stations where name = '就享家乐业服务站'`);
  const fuxingPoint = await id(`select id from stations where name = '复兴社区就业服务点'`);
  const subjects = {
    other: { inScope: fuxingPoint, outOfScope: paifang },
    street_officer: { inScope: jiuxiangjia, outOfScope: elsewhere },
    station_agent: { inScope: paifang, outOfScope: jiuxiangjia },
  };
  staffRoutes = [
    '/api/v1/staff/stations/{id}',
    '/api/v1/staff/stations/{id}/slots',
    '/api/v1/staff/stations/{id}/day',
  ].map((path) => ({ path, subjects }));
  publicRoutes = ['/api/v1/stations/{id}', '/api/v1/stations/{id}/slots'].map((path) => ({
    path,
    subjects: { other: { inScope: jiuxiangjia, outOfScope: 999_999 } },
  }));
});

describe('authorisation matrix: stations', () => {
  it('answers each role at the staff routes in reach and out of it', { timeout: 90_000 }, async () => {
    await expectMatrix(t, staffRoutes, STAFF_READERS);
  });
  it('shows residents every station and nobody else the public face', { timeout: 90_000 }, async () => {
    await expectMatrix(t, publicRoutes, PUBLIC_FACE);
  });
});
