/**
 * Jobs: a resident acts for herself and her own applications; an employer (a resident who is a member
 * of an enterprise) for her enterprise's posts and their applicants; the street reviews posts, reports
 * and the watch list; officers assist (代办) residents of their areas.
 */
import { allowed, type MatrixRow } from '../authorisation-matrix';
import { areaSubjects, type World } from './world';

const ASSIST = ['community_officer', 'street_officer'] as const;

export async function jobsRows(w: World): Promise<MatrixRow[]> {
  const published = await w.id(
    `select id from job_posts where enterprise_id = $1 and status = 'published' order by id limit 1`,
    [w.enterprises.jinhua],
  );
  const others = await w.id(`select id from job_posts where enterprise_id = $1 order by id limit 1`, [
    w.enterprises.pengfei,
  ]);
  const pending = await w.id(`select id from job_posts where status = 'pending_review' order by id limit 1`);
  const elsewherePost = await w.id(
    `insert into job_posts (enterprise_id, area_id, loc, title, category, type, pay_min_fen, pay_max_fen, pay_unit, flexible,
       headcount, valid_until, status, created_by_user_id, card)
     select $1, $2, loc, '矩阵岗位', category, type, pay_min_fen, pay_max_fen, pay_unit, flexible, headcount, valid_until,
       'pending_review', created_by_user_id, card from job_posts where id = $3 returning id`,
    [w.elsewhere.enterprise, w.elsewhere.community, pending],
  );
  const application = (post: number, resident: number) =>
    w.id(
      `insert into job_applications (post_id, resident_id, enterprise_id, resident_area_id, origin, status)
       select p.id, r.id, p.enterprise_id, r.area_id, 'employer', 'applied' from job_posts p, residents r
        where p.id = $1 and r.id = $2 returning id`,
      [post, resident],
    );
  // 张丽's application to 金花's post; 陈鹏飞's to 金花's; someone's to 鹏飞's.
  const mine = await application(published, w.residents.zhangLi);
  const notMine = await application(published, w.residents.chenPengfei);
  const notOurs = await application(others, w.residents.songXiuxiu);
  const report = (post: number, area: number) =>
    w.id(
      `insert into job_post_reports (post_id, area_id, reporter_user_id, reason) select $1, $2, id, 'fee' from users where phone = '13900000001' returning id`,
      [post, area],
    );
  const watch = (enterprise: number) =>
    w.id(
      `insert into employer_watchlist (enterprise_id, kind, reason, created_by_user_id) values ($1, 'red', '矩阵观察', 1) returning id`,
      [enterprise],
    );
  const street = (inScope: number, outOfScope: number) => ({
    other: { inScope: { id: inScope }, outOfScope: { id: outOfScope } },
  });
  const person = areaSubjects('residentId', w.residents.zhangLi, w.residents.chenPengfei, w.elsewhere.resident);
  const ownPost = { other: { inScope: { id: published }, outOfScope: { id: others } } };
  const ownApplication = { other: { inScope: { id: mine }, outOfScope: { id: notMine } } };
  const employersApplication = { other: { inScope: { id: notMine }, outOfScope: { id: notOurs } } };
  const R = ['resident'] as const;
  // 复兴社区B区, where 张丽 lives: in both demo officers' areas.
  const compound = await w.id(`select area_id as id from residents where id = $1`, [w.residents.zhangLi]);
  return [
    { method: 'GET', path: '/api/v1/me/job-profile', expect: allowed(R) },
    { method: 'PUT', path: '/api/v1/me/job-profile', patch: { homeAreaId: compound }, expect: allowed(R) },
    { method: 'GET', path: '/api/v1/jobs/matches', expect: allowed(R) },
    { method: 'PUT', path: '/api/v1/me/match-order', body: { order: 'walk' }, expect: allowed(R) },
    // A post that is not published is out of a resident's reach.
    { method: 'GET', path: '/api/v1/jobs/posts/{id}', subjects: street(published, pending), expect: allowed(R) },
    {
      method: 'POST',
      path: '/api/v1/jobs/posts/{id}/applications',
      subjects: street(published, pending),
      expect: allowed(R),
    },
    {
      method: 'POST',
      path: '/api/v1/jobs/posts/{id}/reports',
      subjects: street(published, pending),
      expect: allowed(R),
    },
    { method: 'GET', path: '/api/v1/me/applications', expect: allowed(R) },
    { method: 'GET', path: '/api/v1/me/applications/{id}', subjects: ownApplication, expect: allowed(R) },
    {
      method: 'POST',
      path: '/api/v1/me/applications/{id}/accept',
      subjects: ownApplication,
      expect: allowed(R),
      authorised: ['409 APPLICATION_TRANSITION_REFUSED'],
    },
    {
      method: 'POST',
      path: '/api/v1/jobs/applications/{id}/messages',
      subjects: ownApplication,
      body: { body: '您好，请问周末也可以上班吗？' },
      expect: allowed(R),
    },
    {
      method: 'POST',
      path: '/api/v1/me/applications/{id}/withdraw',
      subjects: ownApplication,
      expect: allowed(R),
    },
    { method: 'GET', path: '/api/v1/employer/posts', residentAs: 'owner', expect: allowed(R) },
    {
      method: 'POST',
      path: '/api/v1/employer/posts',
      residentAs: 'owner',
      patch: { flexible: true, workAreaId: compound },
      expect: allowed(R, 201),
      authorised: ['400 VALIDATION_FAILED'],
    },
    { method: 'GET', path: '/api/v1/employer/posts/{id}', residentAs: 'owner', subjects: ownPost, expect: allowed(R) },
    {
      method: 'PATCH',
      path: '/api/v1/employer/posts/{id}',
      residentAs: 'owner',
      subjects: ownPost,
      body: {},
      expect: allowed(R),
    },
    {
      method: 'POST',
      path: '/api/v1/employer/posts/{id}/mother-request',
      residentAs: 'owner',
      subjects: ownPost,
      expect: allowed(R),
    },
    {
      method: 'GET',
      path: '/api/v1/employer/posts/{id}/candidates',
      residentAs: 'owner',
      subjects: ownPost,
      expect: allowed(R),
    },
    {
      method: 'POST',
      path: '/api/v1/employer/posts/{id}/invitations',
      residentAs: 'owner',
      subjects: ownPost,
      // 张丽 has not opened her profile to employers: the owner reaches that rule, nobody else does.
      expect: allowed(R),
      authorised: ['400 VALIDATION_FAILED'],
    },
    {
      method: 'GET',
      path: '/api/v1/employer/posts/{id}/applications',
      residentAs: 'owner',
      subjects: ownPost,
      expect: allowed(R),
    },
    {
      method: 'GET',
      path: '/api/v1/employer/applications/{id}',
      residentAs: 'owner',
      subjects: employersApplication,
      expect: allowed(R),
    },
    {
      method: 'POST',
      path: '/api/v1/employer/applications/{id}/invite',
      residentAs: 'owner',
      subjects: employersApplication,
      expect: allowed(R),
    },
    {
      method: 'POST',
      path: '/api/v1/employer/applications/{id}/hire',
      residentAs: 'owner',
      subjects: employersApplication,
      expect: allowed(R),
      authorised: ['409 INVITATION_NOT_ACCEPTED'],
    },
    {
      method: 'POST',
      path: '/api/v1/employer/applications/{id}/reject',
      residentAs: 'owner',
      subjects: employersApplication,
      expect: allowed(R),
    },
    { method: 'GET', path: '/api/v1/jobs/review/posts', expect: allowed(['street_officer']) },
    {
      method: 'GET',
      path: '/api/v1/jobs/review/posts/{id}',
      subjects: street(pending, elsewherePost),
      expect: allowed(['street_officer']),
    },
    {
      method: 'POST',
      path: '/api/v1/jobs/review/posts/{id}/decision',
      subjects: street(pending, elsewherePost),
      expect: allowed(['street_officer']),
    },
    {
      method: 'POST',
      path: '/api/v1/jobs/review/posts/{id}/mother',
      subjects: street(pending, elsewherePost),
      expect: allowed(['street_officer']),
      authorised: ['409 MOTHER_NOT_REQUESTED'],
    },
    {
      method: 'POST',
      path: '/api/v1/jobs/review/posts/{id}/take-down',
      subjects: street(others, elsewherePost),
      expect: allowed(['street_officer']),
    },
    { method: 'GET', path: '/api/v1/jobs/reports', expect: allowed(['street_officer']) },
    {
      method: 'POST',
      path: '/api/v1/jobs/reports/{id}/resolve',
      subjects: street(await report(published, 8), await report(elsewherePost, w.elsewhere.community)),
      expect: allowed(['street_officer']),
    },
    { method: 'GET', path: '/api/v1/jobs/watchlist', expect: allowed(['street_officer']) },
    { method: 'POST', path: '/api/v1/jobs/watchlist', expect: allowed(['street_officer']) },
    {
      method: 'POST',
      path: '/api/v1/jobs/watchlist/{id}/remove',
      subjects: street(await watch(w.enterprises.pengfei), await watch(w.elsewhere.enterprise)),
      expect: allowed(['street_officer']),
    },
    { method: 'GET', path: '/api/v1/jobs/assisted/{residentId}/profile', subjects: person, expect: allowed(ASSIST) },
    {
      method: 'PUT',
      path: '/api/v1/jobs/assisted/{residentId}/profile',
      subjects: person,
      patch: { homeAreaId: compound },
      expect: allowed(ASSIST),
    },
    {
      method: 'GET',
      path: '/api/v1/jobs/assisted/{residentId}/matches',
      subjects: person,
      expect: allowed(ASSIST),
    },
    {
      method: 'GET',
      path: '/api/v1/jobs/assisted/{residentId}/applications',
      subjects: person,
      expect: allowed(ASSIST),
    },
    {
      method: 'POST',
      path: '/api/v1/jobs/assisted/{residentId}/applications',
      subjects: person,
      expect: allowed(ASSIST),
      authorised: ['409 APPLICATION_CLOSED'],
    },
  ];
}
