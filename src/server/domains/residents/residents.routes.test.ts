import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../../shared/validators';
import { Client, resident, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();

async function residentIdByPhone(phone: string): Promise<number> {
  const { rows } = await t.adminQuery('select id from residents where phone = $1', [phone]);
  return rows[0].id;
}

async function compoundId(name: string): Promise<number> {
  const { rows } = await t.adminQuery('select id from areas where name = $1', [name]);
  return rows[0].id;
}

describe('area scope', () => {
  it('shows a community officer only the residents of their community', async () => {
    const c = await staff(t, 'fuxing01');
    const res = await c.get('/api/v1/residents?pageSize=100');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(new Set(res.body.items.map((r: { communityName: string }) => r.communityName))).toEqual(
      new Set(['复兴社区']),
    );
    const { rows } = await t.adminQuery(
      `select count(*)::int n from residents r join areas a on a.id = r.area_id join areas c on c.id = a.parent_id where c.name = '复兴社区'`,
    );
    expect(res.body.total).toBe(rows[0].n);
  });

  it('answers 404 for a resident of another community, exactly as for one that does not exist', async () => {
    const c = await staff(t, 'fuxing01');
    const chen = await residentIdByPhone('13900000020'); // 陈鹏飞, 铁橛山路社区
    const outside = await c.get(`/api/v1/residents/${chen}`);
    expect(outside.status).toBe(404);
    const missing = await c.get('/api/v1/residents/99999999');
    expect(outside.body).toEqual(missing.body);
    expect((await c.patch(`/api/v1/residents/${chen}`, { name: '改名' })).status).toBe(404);
    expect((await c.post(`/api/v1/residents/${chen}/reveal`, { fields: ['phone'], reason: '核实' })).status).toBe(404);
    expect((await c.get('/api/v1/residents?q=13900000020')).body.total).toBe(0);
  });

  it('shows the street officer every community', async () => {
    const c = await staff(t, 'wangguiling');
    const chen = await residentIdByPhone('13900000020');
    const res = await c.get(`/api/v1/residents/${chen}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: '陈鹏飞', communityName: '铁橛山路社区', phoneMasked: '139****0020' });
    const filtered = await c.get(`/api/v1/residents?areaId=${await compoundId('铁橛山路社区')}&pageSize=100`);
    expect(new Set(filtered.body.items.map((r: { communityName: string }) => r.communityName))).toEqual(
      new Set(['铁橛山路社区']),
    );
  });

  it('keeps the registry from the platform admins, station agents, lenders and residents', async () => {
    for (const username of ['sysadmin', 'secadmin', 'auditor', 'paifang01', 'bank01']) {
      const c = await staff(t, username);
      const res = await c.get('/api/v1/residents');
      expect(res.status, username).toBe(403);
    }
    const r = await resident(t, '13900000001');
    expect((await r.get('/api/v1/residents')).status).toBe(403);
    expect((await new Client(t.app).get('/api/v1/residents')).status).toBe(401);
  });
});

describe('resident registry', () => {
  it('creates a resident with the 身份证 number encrypted, searchable, masked and audited', async () => {
    const c = await staff(t, 'fuxing01');
    const res = await c.post('/api/v1/residents', {
      name: '赵淑珍',
      idNumber: '11010519491231002x',
      phone: '13811112222',
      compoundId: await compoundId('复兴社区B区'),
      labels: ['older_worker'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: '赵淑珍',
      idNumberMasked: '1101**********002X',
      phoneMasked: '138****2222',
      birthDate: '1949-12-31',
      gender: 'female',
      createdBy: '孙海燕',
    });
    expect(JSON.stringify(res.body)).not.toContain('11010519491231002X');

    const { rows } = await t.adminQuery('select id_number_enc, id_number_hash from residents where id = $1', [
      res.body.id,
    ]);
    expect(rows[0].id_number_enc.toString('latin1')).not.toContain('11010519491231002X');

    const found = await c.get('/api/v1/residents?q=11010519491231002X');
    expect(found.body.items.map((r: { id: number }) => r.id)).toEqual([res.body.id]);

    const audit = await t.adminQuery(
      `select after from audit_events where action = 'resident.create' and target_id = $1`,
      [String(res.body.id)],
    );
    expect(audit.rows[0].after).toMatchObject({ idNumber: '1101**********002X', phone: '138****2222' });
  });

  it('refuses a duplicate 身份证 number and a duplicate phone with their own codes', async () => {
    const c = await staff(t, 'wangguiling');
    const compound = await compoundId('安远路小区');
    const idNumber = '37021119900101001' + idNumberCheckChar('37021119900101001');
    const first = await c.post('/api/v1/residents', {
      name: '甲',
      idNumber,
      phone: '13822223333',
      compoundId: compound,
    });
    expect(first.status).toBe(201);
    const dupId = await c.post('/api/v1/residents', {
      name: '乙',
      idNumber,
      phone: '13822224444',
      compoundId: compound,
    });
    expect(dupId.status).toBe(409);
    expect(dupId.body.error.code).toBe('DUPLICATE_ID_NUMBER');
    const otherId = '37021119900101002' + idNumberCheckChar('37021119900101002');
    const dupPhone = await c.post('/api/v1/residents', {
      name: '丙',
      idNumber: otherId,
      phone: '13822223333',
      compoundId: compound,
    });
    expect(dupPhone.status).toBe(409);
    expect(dupPhone.body.error.code).toBe('DUPLICATE_PHONE');
  });

  it('names every bad field and writes nothing', async () => {
    const c = await staff(t, 'fuxing01');
    const before = await t.adminQuery('select count(*)::int n from residents');
    const res = await c.post('/api/v1/residents', {
      name: '',
      idNumber: '110105194912310021',
      phone: '123',
      compoundId: await compoundId('复兴社区B区'),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details).toEqual([
      { field: 'name', message: '姓名太短' },
      { field: 'idNumber', message: '身份证号码校验位不正确' },
      { field: 'phone', message: '手机号码应为11位手机号码' },
    ]);
    expect(res.body.error.message).toContain('身份证号码校验位不正确');
    const after = await t.adminQuery('select count(*)::int n from residents');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses to place a resident outside the officer’s communities', async () => {
    const c = await staff(t, 'fuxing01');
    const res = await c.post('/api/v1/residents', {
      name: '丙',
      idNumber: '11010519491231002X',
      phone: '13833334444',
      compoundId: await compoundId('铁橛山路小区'),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toEqual({ field: 'compoundId', message: '居住小区不在您的服务范围内' });
  });

  it('reveals a phone and ID number only with a reason, and audits the reveal', async () => {
    const c = await staff(t, 'fuxing01');
    const zhang = await residentIdByPhone('13900000001');
    const noReason = await c.post(`/api/v1/residents/${zhang}/reveal`, { fields: ['phone'] });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].field).toBe('reason');
    const res = await c.post(`/api/v1/residents/${zhang}/reveal`, {
      fields: ['phone', 'idNumber'],
      reason: '上门走访核实身份',
    });
    expect(res.status).toBe(200);
    expect(res.body.phone).toBe('13900000001');
    expect(res.body.idNumber).toMatch(/^37021119890512\d{3}[\dX]$/);
    const audit = await t.adminQuery(
      `select actor_name, after from audit_events where action = 'resident.reveal' and target_id = $1`,
      [String(zhang)],
    );
    expect(audit.rows[0]).toMatchObject({
      actor_name: '孙海燕',
      after: { fields: ['phone', 'idNumber'], reason: '上门走访核实身份' },
    });
  });

  it('records before and after of an edit: the changed personal fields by name only', async () => {
    const c = await staff(t, 'fuxing01');
    const song = await residentIdByPhone('13900000002');
    const res = await c.patch(`/api/v1/residents/${song}`, { labels: ['mother', 'hard_to_employ'] });
    expect(res.status).toBe(200);
    expect(res.body.labels).toEqual(['mother', 'hard_to_employ']);
    const audit = await t.adminQuery(
      `select before, after from audit_events where action = 'resident.update' and target_id = $1`,
      [String(song)],
    );
    expect(audit.rows[0].before).toMatchObject({ labels: '***', phone: '139****0002' });
    expect(audit.rows[0].after).toMatchObject({ labels: '***', phone: '139****0002' });
    // unchanged personal fields are not named at all
    expect(Object.keys(audit.rows[0].after)).not.toContain('personName');
    expect(Object.keys(audit.rows[0].after)).not.toContain('birthDate');
  });
});

describe('own profile', () => {
  it('lets a resident edit their profile; self-declared labels need their own consent', async () => {
    const c = await resident(t, '13900000001');
    const profile = await c.get('/api/v1/me/profile');
    expect(profile.body).toMatchObject({ name: '张丽', phoneMasked: '139****0001', communityName: '复兴社区' });

    const noConsent = await c.patch('/api/v1/me/profile', { labels: ['mother', 'graduate'] });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.error.details[0].field).toBe('labelsConsent');

    const ok = await c.patch('/api/v1/me/profile', {
      labels: ['mother', 'graduate'],
      labelsConsent: true,
      compoundId: await compoundId('复兴社区A区'),
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ labels: ['mother', 'graduate'], areaName: '复兴社区A区' });
    const consent = await t.adminQuery(
      `select purpose, scope, method from consents c join residents r on r.id = c.resident_id where r.phone = '13900000001'`,
    );
    expect(consent.rows[0]).toMatchObject({
      purpose: 'labels_self_declared',
      method: 'in_app',
      scope: { labels: ['graduate'] },
    });

    const own = await c.post('/api/v1/me/profile/reveal', { fields: ['phone'] });
    expect(own.body).toEqual({ phone: '13900000001' });
  });
});

describe('a page and its total, read together', () => {
  it('keeps the newest first across pages, the total past the last page, and a search counted by its filter', async () => {
    const c = await staff(t, 'fuxing01');
    const first = await c.get('/api/v1/residents?page=1&pageSize=3');
    const second = await c.get('/api/v1/residents?page=2&pageSize=3');
    const ids = [...first.body.items, ...second.body.items].map((r: { id: number }) => r.id);
    expect(ids.length).toBe(Math.min(6, first.body.total));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.body.total).toBe(first.body.total);

    const past = await c.get(`/api/v1/residents?page=${Math.ceil(first.body.total / 3) + 1}&pageSize=3`);
    expect(past.status).toBe(200);
    expect(past.body.items).toEqual([]);
    expect(past.body.total).toBe(first.body.total);

    const searched = await c.get(`/api/v1/residents?q=${encodeURIComponent('王')}&pageSize=100`);
    const { rows } = await t.adminQuery(
      `select count(*)::int n from residents r join areas a on a.id = r.area_id join areas c on c.id = a.parent_id
       where c.name = '复兴社区' and r.name like '%王%'`,
    );
    expect(searched.body.total).toBe(rows[0].n);
    expect(searched.body.items.length).toBe(Math.min(100, rows[0].n));
  });
});
