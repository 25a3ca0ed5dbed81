import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resident, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();
const one = async (text: string, values: unknown[] = []) => (await t.adminQuery(text, values)).rows[0];
const idOf = async (text: string, values: unknown[] = []) => Number((await one(text, values)).id);

describe('the demo street', () => {
  it('holds the street’s organisations and a party branch per community, with contacts, members and activities', async () => {
    const { rows } = await t.adminQuery(
      `select o.kind, a.name as area from organisations o join areas a on a.id = o.area_id order by o.id`,
    );
    expect(rows.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['gig_station', 'entrepreneur_alliance', 'housekeeping_alliance', 'volunteer_team']),
    );
    expect(rows.filter((r) => r.kind === 'party_branch').map((r) => r.area)).toEqual([
      '安远路社区',
      '复兴社区',
      '铁橛山路社区',
      '王戈庄社区',
    ]);
    const pengfei = await one(
      `select m.role from organisation_members m join organisations o on o.id = m.organisation_id
         join enterprises e on e.id = m.enterprise_id where o.kind = 'entrepreneur_alliance' and e.name = '鹏飞家常菜馆'`,
    );
    expect(pengfei).toEqual({ role: '会员单位' });
  });

  it('gives every resident of each community one specialist of that community', async () => {
    const loose = await one(
      `select count(*)::int as n from residents r join areas a on a.id = r.area_id
        where a.level <> 'street' and a.path like any (select path || '%' from areas where level = 'community')
          and not exists (select 1 from specialist_assignments x join employment_specialists s on s.id = x.specialist_id
                          join areas c on c.id = s.area_id where x.resident_id = r.id and a.path like c.path || '%')`,
    );
    expect(loose.n).toBe(0);
    const total = await one(`select count(*)::int as n from specialist_assignments`);
    expect(total.n).toBeGreaterThan(0);
    const tiejue = await t.adminQuery(
      `select u.username from employment_specialists s join users u on u.id = s.user_id join areas a on a.id = s.area_id
        where a.name = '铁橛山路社区' order by s.id`,
    );
    expect(tiejue.rows.map((r) => r.username)).toEqual(['tiejue01', 'tiejuezhan01']);
  });
});

describe('organisations', () => {
  it('a street officer registers an organisation, adds members and a contact; the phone shows masked and its reveal is audited', async () => {
    const street = await staff(t, 'wangguiling');
    const streetId = await idOf(`select id from areas where name = '珠海街道'`);
    const clientKey = randomUUID();
    const body = {
      areaId: streetId,
      organisationName: '珠海街道退役军人志愿服务队',
      kind: 'volunteer_team',
      introduction: '退役军人志愿服务',
      clientKey,
    };
    const created = await street.post('/api/v1/organisations', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: body.organisationName, areaName: '珠海街道', members: 0, public: true });
    const id = created.body.id as number;
    // sent again with its key: the same organisation, nothing new written
    const again = await street.post('/api/v1/organisations', body);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(id);
    const twin = await street.post('/api/v1/organisations', { ...body, clientKey: randomUUID() });
    expect(twin.status).toBe(409);
    expect(twin.body.error.code).toBe('ORGANISATION_NAME_TAKEN');

    const li = await idOf(`select id from residents where phone = '13900000030'`);
    const jinhua = await idOf(`select id from enterprises where name = '金花粉扑包装微工厂'`);
    const candidates = await street.get(
      `/api/v1/organisations/${id}/member-candidates?q=${encodeURIComponent('李兵')}`,
    );
    expect(candidates.body.residents).toEqual([
      expect.objectContaining({ id: li, name: '李兵', phone: '139****0030', areaName: '王戈庄新村' }),
    ]);
    const firms = await street.get(`/api/v1/organisations/${id}/member-candidates?q=${encodeURIComponent('粉扑')}`);
    expect(firms.body.enterprises).toEqual([expect.objectContaining({ id: jinhua })]);
    const added = await street.post(`/api/v1/organisations/${id}/members`, {
      residentId: li,
      role: '队员',
      joinedOn: '2026-12-01',
    });
    expect(added.status).toBe(200);
    await street.post(`/api/v1/organisations/${id}/members`, { residentId: li, role: '队员', joinedOn: '2026-12-01' });
    const withFirm = await street.post(`/api/v1/organisations/${id}/members`, {
      enterpriseId: jinhua,
      role: '共建单位',
      joinedOn: '2026-12-02',
    });
    expect(withFirm.body.memberList).toEqual([
      expect.objectContaining({ kind: 'resident', name: '李兵', role: '队员', joinedOn: '2026-12-01' }),
      expect.objectContaining({ kind: 'enterprise', name: '金花粉扑包装微工厂', joinedOn: '2026-12-02' }),
    ]);
    const both = await street.post(`/api/v1/organisations/${id}/members`, {
      residentId: li,
      enterpriseId: jinhua,
      role: '队员',
      joinedOn: '2026-12-01',
    });
    expect(both.status).toBe(400);
    expect(both.body.error.details[0]).toMatchObject({ field: 'residentId' });

    const contact = await street.post(`/api/v1/organisations/${id}/contacts`, {
      name: '王队长',
      role: '队长',
      phone: '13712345678',
    });
    expect(contact.body.contactList).toEqual([expect.objectContaining({ name: '王队长', phone: '137****5678' })]);
    const contactId = contact.body.contactList[0].id as number;
    const noReason = await street.post(`/api/v1/organisations/${id}/contacts/${contactId}/reveal`, {});
    expect(noReason.status).toBe(400);
    const shown = await street.post(`/api/v1/organisations/${id}/contacts/${contactId}/reveal`, { reason: '联系活动' });
    expect(shown.body).toEqual({ phone: '13712345678' });
    const audit = await one(
      `select count(*)::int as n from audit_events where action = 'organisation.contact.reveal' and target_id = $1`,
      [String(id)],
    );
    expect(audit.n).toBe(1);

    const activity = await street.post(`/api/v1/organisations/${id}/activities`, {
      title: '义务理发',
      heldOn: '2026-12-12',
      place: '复兴社区A区',
    });
    expect(activity.body.activities).toEqual([expect.objectContaining({ title: '义务理发', heldOn: '2026-12-12' })]);

    const member = withFirm.body.memberList[1].id as number;
    const removed = await street.post(`/api/v1/organisations/${id}/members/${member}/remove`);
    expect(removed.body.memberList).toHaveLength(1);
    expect((await street.post(`/api/v1/organisations/${id}/members/${member}/remove`)).status).toBe(200);
  });

  it('a community officer keeps her community’s organisations only; other roles are refused', async () => {
    const fuxing = await staff(t, 'fuxing01');
    const list = await fuxing.get('/api/v1/organisations');
    expect(list.body.items.map((o: { areaName: string }) => o.areaName)).toEqual(['复兴社区', '复兴社区']);
    const streetOrg = await idOf(`select id from organisations where name = '珠海街道零工驿站'`);
    expect((await fuxing.get(`/api/v1/organisations/${streetOrg}`)).status).toBe(404);
    expect(
      (
        await fuxing.post(`/api/v1/organisations/${streetOrg}/contacts`, {
          name: '某',
          role: '某',
          phone: '13712340000',
        })
      ).status,
    ).toBe(404);
    const streetId = await idOf(`select id from areas where name = '珠海街道'`);
    const outside = await fuxing.post('/api/v1/organisations', {
      areaId: streetId,
      organisationName: '越权组织',
      kind: 'volunteer_team',
      clientKey: randomUUID(),
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.details[0]).toMatchObject({ field: 'areaId' });
    // a resident of another community is not hers to add
    const team = await idOf(`select id from organisations where name = '复兴社区巾帼志愿服务队'`);
    const chen = await idOf(`select id from residents where phone = '13900000020'`);
    const notHers = await fuxing.post(`/api/v1/organisations/${team}/members`, {
      residentId: chen,
      role: '队员',
      joinedOn: '2026-12-01',
    });
    expect(notHers.status).toBe(400);
    expect((await (await staff(t, 'paifang01')).get('/api/v1/organisations')).status).toBe(403);
    expect((await (await resident(t, '13900000001')).get(`/api/v1/organisations/${team}`)).status).toBe(403);
  });
});

describe('the rosters of 就业服务专员', () => {
  it('a community officer assigns a resident to a specialist, moves and unassigns her; the specialist and the file see it', async () => {
    const tiejue = await staff(t, 'tiejue01');
    const area = await idOf(`select id from areas where name = '铁橛山路社区'`);
    const roster = await tiejue.get(`/api/v1/rosters/${area}`);
    expect(roster.status).toBe(200);
    expect(roster.body.specialists.map((s: { name: string }) => s.name)).toEqual(['赵明辉', '邵文静']);
    expect(roster.body.unassignedTotal).toBe(0);
    const [officer, agent] = roster.body.specialists as { id: number; residents: { id: number; phone: string }[] }[];
    const chen = await idOf(`select id from residents where phone = '13900000020'`);
    const holder = officer!.residents.some((r) => r.id === chen) ? officer! : agent!;
    const other = holder === officer ? agent! : officer!;
    expect(holder.residents.find((r) => r.id === chen)!.phone).toBe('139****0020');

    const unassigned = await tiejue.post(`/api/v1/specialists/${holder.id}/residents/${chen}/unassign`);
    expect(unassigned.body.unassigned).toEqual([expect.objectContaining({ id: chen, name: '陈鹏飞' })]);
    const moved = await tiejue.post(`/api/v1/specialists/${agent!.id}/residents`, { residentId: chen });
    expect(moved.status).toBe(200);
    expect(moved.body.unassignedTotal).toBe(0);
    expect(moved.body.specialists[1].residents.map((r: { id: number }) => r.id)).toContain(chen);
    void other;

    const inCare = await (await staff(t, 'tiejuezhan01')).get('/api/v1/me/residents-in-care');
    expect(inCare.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: chen, communityName: '铁橛山路社区' })]),
    );
    const file = await tiejue.get(`/api/v1/residents/${chen}/file`);
    expect(file.body.specialist).toMatchObject({ name: '邵文静', communityName: '铁橛山路社区' });
    const audit = await one(
      `select count(*)::int as n from audit_events where action like 'organisation.specialist.%' and target_id = $1`,
      [String(chen)],
    );
    expect(audit.n).toBe(2);

    // a resident of another community cannot be put in this roster's care
    const zhang = await idOf(`select id from residents where phone = '13900000001'`);
    const wrong = await tiejue.post(`/api/v1/specialists/${agent!.id}/residents`, { residentId: zhang });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.code).toBe('SPECIALIST_NOT_IN_COMMUNITY');
  });

  it('a specialist joins a roster only when she serves the community; another community’s roster is 404', async () => {
    const fuxing = await staff(t, 'fuxing01');
    const fuxingArea = await idOf(`select id from areas where name = '复兴社区'`);
    const tiejueArea = await idOf(`select id from areas where name = '铁橛山路社区'`);
    expect((await fuxing.get(`/api/v1/rosters/${tiejueArea}`)).status).toBe(404);
    const tiejueOfficer = await idOf(`select id from users where username = 'tiejue01'`);
    const refused = await fuxing.post(`/api/v1/rosters/${fuxingArea}/specialists`, {
      userId: tiejueOfficer,
      serviceDuties: '岗位推荐',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0]).toMatchObject({ field: 'userId' });
    const liuyan = await idOf(`select id from users where username = 'liuyan'`);
    const roster = await fuxing.get(`/api/v1/rosters/${fuxingArea}`);
    expect(roster.body.candidates.map((c: { userId: number }) => c.userId)).toContain(liuyan);
    const added = await fuxing.post(`/api/v1/rosters/${fuxingArea}/specialists`, {
      userId: liuyan,
      serviceDuties: '街道兜底帮扶',
    });
    expect(added.status).toBe(200);
    expect(added.body.specialists.map((s: { name: string; duties: string }) => [s.name, s.duties])).toContainEqual([
      '刘燕',
      '街道兜底帮扶',
    ]);
    expect((await (await staff(t, 'paifang01')).get(`/api/v1/rosters/${fuxingArea}`)).status).toBe(403);
  });
});
