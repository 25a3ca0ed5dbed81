import { describe, expect, it } from 'vitest';
import { Client, resident, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();

describe('health', () => {
  it('answers after a real query and names the database kind', async () => {
    const res = await new Client(t.app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'external' : 'bundled' });
  });
});

describe('sign-in by SMS code', () => {
  it('signs a seeded resident in with the code from the outbox, and /me shows who they are', async () => {
    const c = await resident(t, '13900000010');
    const me = await c.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ kind: 'resident', role: 'resident', displayName: '窦金花' });
    expect(me.body.user.enterprises.map((e: { name: string }) => e.name)).toContain('金花粉扑包装微工厂');
  });

  it('answers the same for an unregistered number, and registers it on first sign-in', async () => {
    const c = new Client(t.app);
    const known = await c.post('/api/v1/auth/sms-code', { phone: '13900000002' });
    const unknown = await c.post('/api/v1/auth/sms-code', { phone: '13712340000' });
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
    const login = await c.post('/api/v1/auth/login', {
      phone: '13712340000',
      code: t.sms.latest('13712340000')!.params.code,
    });
    expect(login.status).toBe(200);
    expect(login.body.user.residentId).toEqual(expect.any(Number));
  });

  it('refuses a resend within 60 seconds', async () => {
    const c = new Client(t.app);
    expect((await c.post('/api/v1/auth/sms-code', { phone: '13700000001' })).status).toBe(202);
    const again = await c.post('/api/v1/auth/sms-code', { phone: '13700000001' });
    expect(again.status).toBe(429);
    expect(again.body.error.code).toBe('SMS_TOO_FREQUENT');
    expect(again.body.error.details.retryAfterSeconds).toBeGreaterThan(50);
  });

  it('kills a code after five wrong tries, even if the sixth is right', async () => {
    const c = new Client(t.app);
    await c.post('/api/v1/auth/sms-code', { phone: '13700000002' });
    const code = t.sms.latest('13700000002')!.params.code!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await c.post('/api/v1/auth/login', { phone: '13700000002', code: wrong });
      expect(res.body.error.code).toBe('SMS_CODE_INVALID');
    }
    const right = await c.post('/api/v1/auth/login', { phone: '13700000002', code });
    expect(right.status).toBe(401);
  });

  it('uses a code once', async () => {
    const c = await resident(t, '13900000001');
    const code = t.sms.latest('13900000001')!.params.code;
    const again = await new Client(t.app).post('/api/v1/auth/login', { phone: '13900000001', code });
    expect(again.status).toBe(401);
    expect((await c.get('/api/v1/me')).status).toBe(200);
  });

  it('caps codes per phone per day', async () => {
    // Ten codes sent earlier today (Asia/Shanghai), and longer ago than the resend wait: two minutes back, or
    // midnight when the day is younger than that (in its first 60 seconds the resend wait answers first).
    await t.adminQuery(
      `insert into sms_codes (phone, code_hash, expires_at, created_at)
       select '13700000003', 'x', now(),
              greatest(now() - interval '2 minutes', date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai')
       from generate_series(1, 10)`,
    );
    const res = await new Client(t.app).post('/api/v1/auth/sms-code', { phone: '13700000003' });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('SMS_DAILY_LIMIT');
  });

  it('names the bad field in the user language', async () => {
    const zh = await new Client(t.app, { 'accept-language': 'zh-CN' }).post('/api/v1/auth/sms-code', {
      phone: '12345',
    });
    expect(zh.status).toBe(400);
    expect(zh.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'phone', message: '手机号码应为11位手机号码' }],
    });
    const en = await new Client(t.app, { 'accept-language': 'en' }).post('/api/v1/auth/sms-code', { phone: '12345' });
    expect(en.body.error.details[0].message).toBe('Mobile number must be an 11-digit mainland mobile number');
  });
});

describe('sign-in by password', () => {
  it('signs staff in and out; the old cookie is dead after logout', async () => {
    const c = await staff(t, 'wangguiling');
    const cookie = c.sessionCookie!;
    expect((await c.get('/api/v1/me')).body.user).toMatchObject({
      kind: 'staff',
      role: 'street_officer',
      displayName: '王桂玲',
    });
    expect((await c.post('/api/v1/auth/logout')).status).toBe(204);
    const replay = new Client(t.app);
    replay.setSessionCookie(cookie);
    const me = await replay.get('/api/v1/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('UNAUTHENTICATED');
    const { rows } = await t.adminQuery(
      `select count(*)::int n from sessions s join users u on u.id = s.user_id where u.username = 'wangguiling'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('locks an account after five failures, answering it as an unknown username', async () => {
    const c = new Client(t.app);
    for (let i = 0; i < 5; i++) {
      const res = await c.post('/api/v1/auth/login', { username: 'bank01', password: 'wrong' });
      expect(res.body.error.code).toBe('LOGIN_FAILED');
    }
    const locked = await c.post('/api/v1/auth/login', { username: 'bank01', password: 'Demo@2026' });
    const unknown = await c.post('/api/v1/auth/login', { username: 'bank99', password: 'Demo@2026' });
    expect(locked.status).toBe(401);
    expect(locked.body).toEqual(unknown.body);
    const { rows } = await t.adminQuery(
      `select e.after from audit_events e join users u on e.target_id = u.id::text
        where e.action = 'account.login_failed' and u.username = 'bank01' order by e.id`,
    );
    expect(rows.length).toBe(6);
    expect(rows[4].after).toMatchObject({ failedLogins: 5, locked: true, factor: 'password' });
    expect(rows[5].after).toMatchObject({ locked: true, checked: false });
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const a = await new Client(t.app).post('/api/v1/auth/login', { username: 'nobody', password: 'x' });
    const b = await new Client(t.app).post('/api/v1/auth/login', { username: 'auditor', password: 'x' });
    expect(a.status).toBe(401);
    expect(a.body).toEqual(b.body);
  });

  it('stores argon2id hashes only', async () => {
    const { rows } = await t.adminQuery(`select password_hash from users where username = 'auditor'`);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });
});

describe('CSRF protection', () => {
  it('refuses a write without the token, and accepts it with the token', async () => {
    const c = await staff(t, 'fuxing01');
    const without = await c.request('PATCH', '/api/v1/me/preferences', { elderMode: true }, { 'x-csrf-token': '' });
    expect(without.status).toBe(403);
    expect(without.body.error.code).toBe('CSRF_INVALID');
    const withToken = await c.patch('/api/v1/me/preferences', { elderMode: true });
    expect(withToken.status).toBe(200);
    expect(withToken.body.user.elderMode).toBe(true);
  });

  it('refuses a token from another session', async () => {
    const a = await staff(t, 'anyuan01');
    const b = await staff(t, 'tiejue01');
    const res = await a.request('PATCH', '/api/v1/me/preferences', { locale: 'en' }, { 'x-csrf-token': b.csrfToken! });
    expect(res.status).toBe(403);
  });
});

describe('sessions', () => {
  it('end after 30 idle minutes', async () => {
    const c = await staff(t, 'wanggezhuang01');
    const sid = decodeURIComponent(c.sessionCookie!).split('.')[0]!;
    await t.adminQuery(
      `update sessions set data = jsonb_set(data, '{lastSeenAt}', to_jsonb((extract(epoch from now()) * 1000 - 31 * 60000)::bigint)) where sid = $1`,
      [sid],
    );
    expect((await c.get('/api/v1/me')).status).toBe(401);
  });
  it('are set HttpOnly and SameSite', async () => {
    const c = new Client(t.app);
    const res = await c.request('GET', '/api/v1/auth/csrf');
    expect(String(res.headers['set-cookie'])).toMatch(/sid=.*HttpOnly.*SameSite=Lax/i);
  });
});

describe('errors', () => {
  it('answers unknown routes with a 404 body', async () => {
    const res = await new Client(t.app).get('/api/v1/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: '接口不存在' } });
  });
});

describe('validation in the saved language', () => {
  it('answers a bad input in the language the user saved, whatever the request header says', async () => {
    const c = await staff(t, 'fuxing01', 'zh-CN');
    expect((await c.patch('/api/v1/me/preferences', { locale: 'en' })).status).toBe(200);
    const bad = await c.patch('/api/v1/me/preferences', { elderMode: 'sometimes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.message).toMatch(/^Please check: Elder mode /);
    expect(bad.body.error.details[0].message).toMatch(/^Elder mode /);
    expect((await c.patch('/api/v1/me/preferences', { locale: 'zh-CN' })).status).toBe(200);
    const again = await c.patch('/api/v1/me/preferences', { elderMode: 'sometimes' });
    expect(again.body.error.message).toMatch(/^输入有误：长辈模式/);
  });
});
