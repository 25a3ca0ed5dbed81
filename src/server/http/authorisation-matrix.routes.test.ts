/**
 * The authorisation matrix of the whole-file routes (一人一档) and of the
 * officers' 代办 reads for a resident: every role × a subject in its areas and
 * one outside them. The routes are read from the OpenAPI document, so a new
 * file route or 代办 read must join the matrix to pass.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectMatrix, type Expectation, type MatrixRoute } from '../../../tests/support/authorisation-matrix';
import { useTestApp } from '../../../tests/support/test-app';

const t = useTestApp();

async function id(text: string, values: unknown[] = []): Promise<number> {
  const { rows } = await t.adminQuery(text, values);
  if (!rows[0]) throw new Error(`no row for ${text}`);
  return Number(rows[0].id);
}

/** Officers read a file in their areas; every other role is refused whatever the subject. */
const FILE_READERS: Expectation = {
  signed_out: { inScope: 401, outOfScope: 401 },
  resident: { inScope: 403, outOfScope: 403 },
  community_officer: { inScope: 200, outOfScope: 404 },
  street_officer: { inScope: 200, outOfScope: 404 },
  station_agent: { inScope: 403, outOfScope: 403 },
  lender: { inScope: 403, outOfScope: 403 },
  sysadmin: { inScope: 403, outOfScope: 403 },
  secadmin: { inScope: 403, outOfScope: 403 },
  auditor: { inScope: 403, outOfScope: 403 },
};

let routes: MatrixRoute[];
let assistedRoutes: MatrixRoute[];

beforeAll(async () => {
  // A second street of the district, with one resident and one enterprise: outside everything the demo's
  // street officer serves.
  const district = await id(`select id, path from areas where level = 'district' order by id limit 1`);
  const street = await id(
    `insert into areas (parent_id, code, name, level, path)
     select $1, '370211999', '矩阵街道', 'street', path || 'x/' from areas where id = $1 returning id`,
    [district],
  );
  await t.adminQuery(`update areas set path = (select path from areas where id = $1) || id || '/' where id = $2`, [
    district,
    street,
  ]);
  const community = await id(
    `insert into areas (parent_id, code, name, level, path)
     select $1, '370211999001', '矩阵社区', 'community', path || 'x/' from areas where id = $1 returning id`,
    [street],
  );
  await t.adminQuery(`update areas set path = (select path from areas where id = $1) || id || '/' where id = $2`, [
    street,
    community,
  ]);
  const elsewhereResident = await id(
    `insert into residents (area_id, name, phone, labels, updated_at) values ($1, '矩阵居民', '13700009999', '{}', now()) returning id`,
    [community],
  );
  const elsewhereEnterprise = await id(
    `insert into enterprises (area_id, name, credit_code, type, owner_name, owner_phone, updated_at)
     values ($1, '矩阵商店', '91370211MA3MXTRD99', 'shop', '矩阵', '13700009998', now()) returning id`,
    [community],
  );
  const zhangLi = await id(`select id from residents where phone = '13900000001'`); // 复兴社区
  const chenPengfei = await id(`select id from residents where phone = '13900000020'`); // 铁橛山路社区
  const jinhua = await id(`select id from enterprises where name = '金花粉扑包装微工厂'`); // 复兴社区
  const tiejue = await id(
    `select e.id from enterprises e join areas a on a.id = e.area_id
      where a.path like (select path from areas where name = '铁橛山路社区') || '%' order by e.id limit 1`,
  );
  const jinhuaFactory = await id(`select id from micro_factories where name = '金花粉扑包装微工厂'`);
  const residents = {
    other: { inScope: zhangLi, outOfScope: chenPengfei },
    street_officer: { inScope: chenPengfei, outOfScope: elsewhereResident },
  };
  assistedRoutes = [
    { path: `/api/v1/piecework/assisted/{id}/join?factoryId=${jinhuaFactory}`, subjects: residents },
    { path: '/api/v1/piecework/assisted/{id}/lines', subjects: residents },
  ];
  routes = [
    {
      path: '/api/v1/residents/{id}/file',
      subjects: {
        other: { inScope: zhangLi, outOfScope: chenPengfei },
        street_officer: { inScope: chenPengfei, outOfScope: elsewhereResident },
      },
    },
    {
      path: '/api/v1/enterprises/{id}/file',
      subjects: {
        other: { inScope: jinhua, outOfScope: tiejue },
        street_officer: { inScope: tiejue, outOfScope: elsewhereEnterprise },
      },
    },
  ];
});

describe('authorisation matrix: whole files', () => {
  it('covers every whole-file route the API publishes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: object };
    const published = Object.keys(doc.paths).filter((p) => p.endsWith('/file'));
    expect(published.sort()).toEqual(routes.map((r) => r.path).sort());
  });

  it('answers each role in scope and out of it as the matrix says', { timeout: 60_000 }, async () => {
    await expectMatrix(t, routes, FILE_READERS);
  });
});

describe('authorisation matrix: 代办 for a resident (micro-factories)', () => {
  it('covers every 代办 read the micro-factory API publishes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, { get?: unknown }>;
    };
    const published = Object.entries(doc.paths)
      .filter(([p, ops]) => p.startsWith('/api/v1/piecework/assisted/') && ops.get)
      .map(([p]) => p.replace('{residentId}', '{id}'));
    expect(published.sort()).toEqual(assistedRoutes.map((r) => r.path.replace(/\?.*$/, '')).sort());
  });

  it('answers each role in scope and out of it as the matrix says', { timeout: 60_000 }, async () => {
    // the same officers as the files: the street's and the community's, each in their own areas
    await expectMatrix(t, assistedRoutes, FILE_READERS);
  });
});
