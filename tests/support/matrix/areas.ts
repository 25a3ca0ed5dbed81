/** The area tree (the system administrator's configuration) and each area's operational settings (the street's). */
import { allowed, signedIn, type MatrixRow } from '../authorisation-matrix';
import { areaSubjects, type World } from './world';

export async function areasRows(w: World): Promise<MatrixRow[]> {
  const fuxing = await w.id(`select id from areas where name = '复兴社区'`);
  const tiejue = await w.id(`select id from areas where name = '铁橛山路社区'`);
  return [
    { method: 'GET', path: '/api/v1/areas', expect: signedIn() },
    {
      method: 'POST',
      path: '/api/v1/areas',
      body: { parentId: tiejue, code: '370211009099', name: '矩阵新网格', level: 'compound' },
      expect: allowed(['sysadmin'], 201),
    },
    {
      method: 'PATCH',
      path: '/api/v1/areas/{id}',
      // The system administrator configures every area: no scope, a missing one is 404.
      subjects: { other: { inScope: { id: tiejue }, outOfScope: { id: w.missing } } },
      expect: allowed(['sysadmin']),
    },
    {
      method: 'GET',
      path: '/api/v1/areas/{id}/settings',
      subjects: areaSubjects('id', fuxing, tiejue, w.elsewhere.community),
      expect: allowed(['community_officer', 'street_officer']),
    },
    {
      method: 'PUT',
      path: '/api/v1/areas/{id}/settings/{key}',
      subjects: {
        other: {
          inScope: { id: fuxing, key: 'arrears_alert_days' },
          outOfScope: { id: w.elsewhere.community, key: 'arrears_alert_days' },
        },
      },
      body: { value: 3 },
      expect: allowed(['street_officer']),
    },
  ];
}
