/** The resident registry (officers in their areas), a person's whole file, and the resident's own data. */
import { allowed, type MatrixRow, type Who } from '../authorisation-matrix';
import { areaSubjects, type World } from './world';

const REGISTRY = ['community_officer', 'street_officer'] as const;

export async function residentsRows(w: World): Promise<MatrixRow[]> {
  const person = areaSubjects('id', w.residents.zhangLi, w.residents.chenPengfei, w.elsewhere.resident);
  const compoundId = await w.id(`select area_id as id from residents where id = $1`, [w.residents.zhangLi]);
  const consent = await w.id(
    `insert into consents (resident_id, purpose, scope, method, recorded_by_user_id)
     values ($1, 'job_application', '{}', 'in_app', (select id from users where phone = '13900000001')) returning id`,
    [w.residents.zhangLi],
  );
  const othersConsent = await w.id(
    `insert into consents (resident_id, purpose, scope, method, recorded_by_user_id)
     values ($1, 'job_application', '{}', 'in_app', (select id from users where phone = '13900000020')) returning id`,
    [w.residents.chenPengfei],
  );
  return [
    { method: 'GET', path: '/api/v1/residents', expect: allowed(REGISTRY) },
    {
      method: 'POST',
      path: '/api/v1/residents',
      // A new person for each officer, in 张丽's compound (in both officers' areas).
      patch: (who: Who) => ({
        compoundId,
        phone: who === 'street_officer' ? '13700001002' : '13700001001',
        idNumber: who === 'street_officer' ? '370211197001029020' : '370211197001019017',
      }),
      expect: allowed(REGISTRY, 201),
    },
    { method: 'GET', path: '/api/v1/residents/{id}', subjects: person, expect: allowed(REGISTRY) },
    { method: 'PATCH', path: '/api/v1/residents/{id}', subjects: person, body: {}, expect: allowed(REGISTRY) },
    { method: 'GET', path: '/api/v1/residents/{id}/file', subjects: person, expect: allowed(REGISTRY) },
    {
      method: 'POST',
      path: '/api/v1/residents/{id}/reveal',
      subjects: person,
      body: { fields: ['phone'], reason: '核实联系方式以便上门服务' },
      expect: allowed(REGISTRY),
    },
    { method: 'GET', path: '/api/v1/me/profile', expect: allowed(['resident']) },
    { method: 'PATCH', path: '/api/v1/me/profile', body: {}, expect: allowed(['resident']) },
    { method: 'POST', path: '/api/v1/me/profile/reveal', body: { fields: ['phone'] }, expect: allowed(['resident']) },
    { method: 'GET', path: '/api/v1/me/consents', expect: allowed(['resident']) },
    {
      method: 'POST',
      path: '/api/v1/me/consents/{id}/withdraw',
      subjects: { other: { inScope: { id: consent }, outOfScope: { id: othersConsent } } },
      expect: allowed(['resident']),
    },
    { method: 'GET', path: '/api/v1/me/data-export', expect: allowed(['resident']) },
  ];
}

/** Closing an account ends the resident's sessions: the matrix asks it last, on a session of its own. */
export function closingRows(): MatrixRow[] {
  return [
    {
      method: 'POST',
      path: '/api/v1/me/close',
      freshClient: true,
      expect: allowed(['resident'], 204),
    },
  ];
}
