/** The enterprise registry and an enterprise's whole file: officers in their areas. */
import { allowed, type MatrixRow } from '../authorisation-matrix';
import { areaSubjects, type World } from './world';

const REGISTRY = ['community_officer', 'street_officer'] as const;

export async function enterprisesRows(w: World): Promise<MatrixRow[]> {
  const { rows } = await w.t.adminQuery(`select credit_code from enterprises where id = $1`, [w.enterprises.jinhua]);
  const creditCode: string = rows[0].credit_code;
  const enterprise = areaSubjects('id', w.enterprises.jinhua, w.enterprises.pengfei, w.elsewhere.enterprise);
  return [
    { method: 'GET', path: '/api/v1/enterprises', expect: allowed(REGISTRY) },
    {
      method: 'POST',
      path: '/api/v1/enterprises',
      // 金花's own credit code: an officer reaches the duplicate check (409), nobody else gets that far.
      patch: {
        creditCode,
        areaId: await w.id(`select area_id as id from enterprises where id = $1`, [w.enterprises.jinhua]),
      },
      expect: allowed(REGISTRY, 201),
      authorised: ['409 DUPLICATE_CREDIT_CODE'],
    },
    { method: 'GET', path: '/api/v1/enterprises/{id}', subjects: enterprise, expect: allowed(REGISTRY) },
    { method: 'PATCH', path: '/api/v1/enterprises/{id}', subjects: enterprise, body: {}, expect: allowed(REGISTRY) },
    { method: 'GET', path: '/api/v1/enterprises/{id}/file', subjects: enterprise, expect: allowed(REGISTRY) },
  ];
}
