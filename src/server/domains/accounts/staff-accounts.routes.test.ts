import { describe, expect, it } from 'vitest';
import { Client, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();

async function areaId(name: string): Promise<number> {
  const { rows } = await t.adminQuery('select id from areas where name = $1', [name]);
  return rows[0].id;
}

describe('staff accounts under 三员分立', () => {
  it('the system administrator creates an account that can do nothing until the security administrator grants it', async () => {
    const sys = await staff(t, 'sysadmin');
    const created = await sys.post('/api/v1/staff-accounts', {
      username: 'anyuan02',
      displayName: '周敏',
      password: 'Anyuan2026pass',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'anyuan02', role: 'unassigned', active: false, areas: [] });

    const early = await new Client(t.app).post('/api/v1/auth/login', {
      username: 'anyuan02',
      password: 'Anyuan2026pass',
    });
    expect(early.status).toBe(401);
    expect(early.body.error.code).toBe('ACCOUNT_NOT_ASSIGNED');

    // the system administrator cannot grant powers
    expect(
      (
        await sys.post(`/api/v1/staff-accounts/${created.body.id}/grant`, {
          role: 'community_officer',
          areaIds: [await areaId('安远路社区')],
        })
      ).status,
    ).toBe(403);

    const sec = await staff(t, 'secadmin');
    const granted = await sec.post(`/api/v1/staff-accounts/${created.body.id}/grant`, {
      role: 'community_officer',
      areaIds: [await areaId('安远路社区')],
    });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ role: 'community_officer', active: true, areas: [{ name: '安远路社区' }] });

    const officer = new Client(t.app);
    expect(
      (await officer.post('/api/v1/auth/login', { username: 'anyuan02', password: 'Anyuan2026pass' })).status,
    ).toBe(200);
    const list = await officer.get('/api/v1/residents?pageSize=100');
    expect(list.status).toBe(200);
    expect(list.body.items.every((r: { communityName: string }) => r.communityName === '安远路社区')).toBe(true);

    const audit = await t.adminQuery(
      `select action, actor_role from audit_events where target_type = 'user' and target_id = $1 and action like 'staff_account.%' order by id`,
      [String(created.body.id)],
    );
    expect(audit.rows).toEqual([
      { action: 'staff_account.create', actor_role: 'sysadmin' },
      { action: 'staff_account.grant', actor_role: 'secadmin' },
    ]);
  });

  it('names a weak password and a bad username', async () => {
    const sys = await staff(t, 'sysadmin');
    const res = await sys.post('/api/v1/staff-accounts', {
      username: '9x',
      displayName: '某',
      password: 'onlyletters',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['password', 'username']);
    expect(res.body.error.message).toContain('密码需同时包含字母和数字');
  });

  it('asks for the scope a role needs', async () => {
    const sys = await staff(t, 'sysadmin');
    const created = await sys.post('/api/v1/staff-accounts', {
      username: 'station02',
      displayName: '韩梅',
      password: 'Station2026pass',
    });
    const sec = await staff(t, 'secadmin');
    const noStation = await sec.post(`/api/v1/staff-accounts/${created.body.id}/grant`, {
      role: 'station_agent',
      areaIds: [],
    });
    expect(noStation.body.error.details).toEqual([{ field: 'stationId', message: '所属驿站须为驿站工作人员指定' }]);
    const noArea = await sec.post(`/api/v1/staff-accounts/${created.body.id}/grant`, {
      role: 'street_officer',
      areaIds: [],
    });
    expect(noArea.body.error.details[0].field).toBe('areaIds');
  });

  it('protects the administrators: nobody changes them, or themselves, through the console', async () => {
    const sys = await staff(t, 'sysadmin');
    const sec = await staff(t, 'secadmin');
    const { rows } = await t.adminQuery(
      `select username, id from users where username in ('sysadmin', 'secadmin', 'auditor')`,
    );
    const id = Object.fromEntries(rows.map((r) => [r.username, r.id]));
    expect((await sys.post(`/api/v1/staff-accounts/${id.auditor}/deactivate`)).body.error.code).toBe(
      'ADMIN_ACCOUNT_PROTECTED',
    );
    expect(
      (await sys.post(`/api/v1/staff-accounts/${id.sysadmin}/password`, { password: 'Another2026pass' })).body.error
        .code,
    ).toBe('ADMIN_ACCOUNT_PROTECTED');
    expect(
      (await sec.post(`/api/v1/staff-accounts/${id.secadmin}/grant`, { role: 'street_officer', areaIds: [1] })).status,
    ).toBe(403);
    const grantAdmin = await sec.post(`/api/v1/staff-accounts/${id.auditor}/grant`, { role: 'sysadmin', areaIds: [] });
    expect(grantAdmin.status).toBe(400);
  });

  it('deactivation ends the account’s sessions at once; a new grant, a reset and an unlock bring it back', async () => {
    const officer = await staff(t, 'tiejue01');
    expect((await officer.get('/api/v1/me')).status).toBe(200);
    const sys = await staff(t, 'sysadmin');
    const { rows } = await t.adminQuery(`select id from users where username = 'tiejue01'`);
    expect((await sys.post(`/api/v1/staff-accounts/${rows[0].id}/deactivate`)).body.active).toBe(false);
    expect((await officer.get('/api/v1/me')).status).toBe(401);
    expect(
      (await new Client(t.app).post('/api/v1/auth/login', { username: 'tiejue01', password: 'Demo@2026' })).status,
    ).toBe(401);

    const sec = await staff(t, 'secadmin');
    await sec.post(`/api/v1/staff-accounts/${rows[0].id}/grant`, {
      role: 'community_officer',
      areaIds: [await areaId('铁橛山路社区')],
    });
    await sys.post(`/api/v1/staff-accounts/${rows[0].id}/password`, { password: 'Tiejue2026new' });
    const c = new Client(t.app);
    for (let i = 0; i < 5; i++) await c.post('/api/v1/auth/login', { username: 'tiejue01', password: 'wrong' });
    // locked: the right password is answered like an unknown username's
    const locked = await c.post('/api/v1/auth/login', { username: 'tiejue01', password: 'Tiejue2026new' });
    expect(locked.body.error.code).toBe('LOGIN_FAILED');
    expect((await sec.post(`/api/v1/staff-accounts/${rows[0].id}/unlock`)).body.locked).toBe(false);
    expect((await c.post('/api/v1/auth/login', { username: 'tiejue01', password: 'Tiejue2026new' })).status).toBe(200);
  });

  it('is not for officers or the auditor', async () => {
    for (const username of ['wangguiling', 'auditor']) {
      expect((await (await staff(t, username)).get('/api/v1/staff-accounts')).status, username).toBe(403);
    }
    const list = await (await staff(t, 'secadmin')).get('/api/v1/staff-accounts?role=community_officer');
    expect(list.body.items.map((a: { username: string }) => a.username)).toEqual(
      expect.arrayContaining(['fuxing01', 'anyuan01']),
    );
    expect(JSON.stringify(list.body)).not.toContain('password');
  });
});

describe('areas as configuration', () => {
  it('lets the system administrator add a compound under a community, and nobody else', async () => {
    const body = {
      parentId: await areaId('复兴社区'),
      code: '370211010002003',
      name: '复兴社区C区',
      level: 'compound',
      lat: 35.957,
      lng: 120.203,
    };
    expect((await (await staff(t, 'wangguiling')).post('/api/v1/areas', body)).status).toBe(403);
    const sys = await staff(t, 'sysadmin');
    const res = await sys.post('/api/v1/areas', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: '复兴社区C区', level: 'compound', lat: 35.957 });
    // the new compound is inside the 复兴社区 officer's scope at once
    const officer = await staff(t, 'fuxing01');
    const created = await officer.post('/api/v1/residents', {
      name: '新住户',
      idNumber: '11010519491231002X',
      phone: '13866667777',
      compoundId: res.body.id,
    });
    expect(created.status).toBe(201);
    expect(created.body.communityName).toBe('复兴社区');
    expect((await sys.post('/api/v1/areas', body)).body.error.code).toBe('DUPLICATE_AREA_CODE');
  });

  it('refuses a level that cannot sit under the parent', async () => {
    const sys = await staff(t, 'sysadmin');
    const res = await sys.post('/api/v1/areas', {
      parentId: await areaId('复兴社区B区'),
      code: '370211010002999',
      name: '错误',
      level: 'community',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('level');
  });
});
