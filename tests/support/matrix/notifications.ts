/** The inbox: every signed-in user reads their own notices; another user's notice is 404. */
import { signedIn, type MatrixRow, type Who } from '../authorisation-matrix';
import type { World } from './world';

export async function notificationsRows(w: World): Promise<MatrixRow[]> {
  // One notice for each role's matrix user, and one for a user the matrix never signs in as.
  const users: Record<Exclude<Who, 'signed_out'>, string> = {
    resident: `phone = '13900000001'`,
    community_officer: `username = 'fuxing01'`,
    street_officer: `username = 'wangguiling'`,
    station_agent: `username = 'paifang01'`,
    lender: `username = 'bank01'`,
    sysadmin: `username = 'sysadmin'`,
    secadmin: `username = 'secadmin'`,
    auditor: `username = 'auditor'`,
  };
  const stranger = await w.id(
    `insert into notifications (user_id, kind, title) select id, 'matrix', '矩阵' from users where username = 'liuyan' returning id`,
  );
  const subjects: Record<string, { inScope: { id: number }; outOfScope: { id: number } }> = {};
  for (const [who, where] of Object.entries(users)) {
    const own = await w.id(
      `insert into notifications (user_id, kind, title) select id, 'matrix', '矩阵' from users where ${where} returning id`,
    );
    subjects[who] = { inScope: { id: own }, outOfScope: { id: stranger } };
  }
  return [
    { method: 'GET', path: '/api/v1/notifications', expect: signedIn() },
    { method: 'GET', path: '/api/v1/notifications/unread-count', expect: signedIn() },
    {
      method: 'POST',
      path: '/api/v1/notifications/{id}/read',
      subjects: { other: { inScope: { id: w.missing }, outOfScope: { id: stranger } }, ...subjects },
      expect: signedIn(),
    },
    { method: 'POST', path: '/api/v1/notifications/read-all', expect: signedIn() },
  ];
}
