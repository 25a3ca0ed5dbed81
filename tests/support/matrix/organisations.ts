/**
 * Organisations and the rosters of 就业服务专员: the street's officers keep every organisation and
 * roster of the street, a community's officer her community's; a station's agent, residents and
 * the other roles are refused. Any staff member serving on a roster reads the residents in her care.
 */
import { allowed, type MatrixRow, type Who } from '../authorisation-matrix';
import { areaSubjects, type World } from './world';

const KEEPERS = ['street_officer', 'community_officer'] as const;
const SPECIALISTS = ['street_officer', 'community_officer', 'station_agent'] as const;

export async function organisationsRows(w: World): Promise<MatrixRow[]> {
  const area = (name: string) => w.id(`select id from areas where name = $1`, [name]);
  const fuxing = await area('复兴社区');
  const tiejue = await area('铁橛山路社区');
  const street = await area('珠海街道');
  const organisation = (areaId: number, name: string) =>
    w.id(`insert into organisations (area_id, name, kind) values ($1, $2, 'volunteer_team') returning id`, [
      areaId,
      name,
    ]);
  const orgs = {
    fuxing: await organisation(fuxing, '矩阵复兴服务队'),
    tiejue: await organisation(tiejue, '矩阵铁橛山服务队'),
    elsewhere: await organisation(w.elsewhere.community, '矩阵街道服务队'),
  };
  const contact = (orgId: number) =>
    w.id(
      `insert into organisation_contacts (organisation_id, name, role, phone) values ($1, '矩阵', '联系人', '13700007777') returning id`,
      [orgId],
    );
  const contacts = {
    fuxing: await contact(orgs.fuxing),
    tiejue: await contact(orgs.tiejue),
    elsewhere: await contact(orgs.elsewhere),
  };
  const specialistOf = (areaId: number) =>
    w.id(`select id from employment_specialists where area_id = $1 order by id limit 1`, [areaId]);
  const sysadmin = await w.id(`select id from users where username = 'sysadmin'`);
  const specialists = {
    fuxing: await specialistOf(fuxing),
    tiejue: await specialistOf(tiejue),
    elsewhere: await w.id(
      `insert into employment_specialists (area_id, user_id, duties) values ($1, $2, '矩阵') returning id`,
      [w.elsewhere.community, sysadmin],
    ),
  };
  const user = (username: string) => w.id(`select id from users where username = $1`, [username]);
  // the signed-in officers themselves: accounts no other row changes
  const officers = { fuxing: await user('fuxing01'), street: await user('wangguiling') };

  const byOrg = (extra: (k: 'fuxing' | 'tiejue' | 'elsewhere') => Record<string, number> = () => ({})) => ({
    other: { inScope: { id: orgs.fuxing, ...extra('fuxing') }, outOfScope: { id: orgs.tiejue, ...extra('tiejue') } },
    street_officer: {
      inScope: { id: orgs.tiejue, ...extra('tiejue') },
      outOfScope: { id: orgs.elsewhere, ...extra('elsewhere') },
    },
  });
  const bySpecialist = (extra: Record<string, number> = {}) => ({
    other: { inScope: { id: specialists.fuxing, ...extra }, outOfScope: { id: specialists.tiejue, ...extra } },
    street_officer: {
      inScope: { id: specialists.tiejue, ...extra },
      outOfScope: { id: specialists.elsewhere, ...extra },
    },
  });
  // the street officer's subjects are in 铁橛山路社区, the community officer's in 复兴社区
  const inCommunity = (who: Who) => (who === 'street_officer' ? 'tiejue' : 'fuxing');
  const base = '/api/v1/organisations';
  return [
    { method: 'GET', path: base, expect: allowed(KEEPERS) },
    {
      method: 'POST',
      path: base,
      patch: (who) => ({ areaId: who === 'street_officer' ? street : fuxing, kind: 'volunteer_team' }),
      expect: allowed(KEEPERS, 201),
    },
    { method: 'GET', path: `${base}/{id}`, subjects: byOrg(), expect: allowed(KEEPERS) },
    {
      method: 'GET',
      path: `${base}/{id}/member-candidates`,
      subjects: byOrg(),
      query: { q: '张' },
      expect: allowed(KEEPERS),
    },
    {
      method: 'POST',
      path: `${base}/{id}/members`,
      subjects: byOrg(),
      body: (who: Who) => ({
        residentId: inCommunity(who) === 'tiejue' ? w.residents.chenPengfei : w.residents.zhangLi,
        role: '矩阵队员',
        joinedOn: '2026-12-01',
      }),
      expect: allowed(KEEPERS),
    },
    {
      method: 'POST',
      path: `${base}/{id}/members/{memberId}/remove`,
      subjects: byOrg(() => ({ memberId: w.missing })),
      expect: allowed(KEEPERS),
    },
    {
      method: 'POST',
      path: `${base}/{id}/contacts`,
      subjects: byOrg(),
      patch: { phone: '13700006666' },
      expect: allowed(KEEPERS),
    },
    {
      method: 'POST',
      path: `${base}/{id}/contacts/{contactId}/reveal`,
      subjects: byOrg((k) => ({ contactId: contacts[k] })),
      patch: { reason: '矩阵联系' },
      expect: allowed(KEEPERS),
    },
    {
      method: 'POST',
      path: `${base}/{id}/activities`,
      subjects: byOrg(),
      patch: { heldOn: '2026-12-20' },
      expect: allowed(KEEPERS),
    },
    {
      method: 'GET',
      path: '/api/v1/rosters/{id}',
      subjects: areaSubjects('id', fuxing, tiejue, w.elsewhere.community),
      expect: allowed(KEEPERS),
    },
    {
      method: 'POST',
      path: '/api/v1/rosters/{id}/specialists',
      subjects: areaSubjects('id', fuxing, tiejue, w.elsewhere.community),
      patch: (who) => ({ userId: who === 'street_officer' ? officers.street : officers.fuxing }),
      expect: allowed(KEEPERS),
    },
    {
      method: 'POST',
      path: '/api/v1/specialists/{id}/residents',
      subjects: bySpecialist(),
      body: (who: Who) => ({
        residentId: inCommunity(who) === 'tiejue' ? w.residents.chenPengfei : w.residents.zhangLi,
      }),
      expect: allowed(KEEPERS),
    },
    {
      method: 'POST',
      path: '/api/v1/specialists/{id}/residents/{residentId}/unassign',
      subjects: bySpecialist({ residentId: w.missing }),
      expect: allowed(KEEPERS),
    },
    { method: 'GET', path: '/api/v1/me/residents-in-care', expect: allowed(SPECIALISTS) },
  ];
}
