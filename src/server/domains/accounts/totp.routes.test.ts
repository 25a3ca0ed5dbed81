import { describe, expect, it } from 'vitest';
import { Client, resident, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { totpCodeAt } from '../../platform/totp';

const t = useTestApp();

describe('two-factor sign-in for staff', () => {
  it('enrols with a first code, then asks for a fresh code at every sign-in', async () => {
    const c = await staff(t, 'anyuan01');
    const setup = await c.post('/api/v1/me/totp/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUri).toContain(`secret=${setup.body.secret}`);
    const { rows } = await t.adminQuery(`select totp_pending_enc from users where username = 'anyuan01'`);
    expect(rows[0].totp_pending_enc.toString('latin1')).not.toContain(setup.body.secret);

    expect((await c.post('/api/v1/me/totp/enable', { code: '000000' })).body.error.code).toBe('TOTP_INVALID');
    const code = totpCodeAt(setup.body.secret, new Date());
    const enabled = await c.post('/api/v1/me/totp/enable', { code });
    expect(enabled.status).toBe(200);
    expect(enabled.body.user.totpEnabled).toBe(true);

    const next = new Client(t.app);
    const noCode = await next.post('/api/v1/auth/login', { username: 'anyuan01', password: 'Demo@2026' });
    expect(noCode.status).toBe(401);
    expect(noCode.body.error.code).toBe('TOTP_REQUIRED');
    // the code used at enrolment cannot be replayed
    const replay = await next.post('/api/v1/auth/login', { username: 'anyuan01', password: 'Demo@2026', totp: code });
    expect(replay.body.error.code).toBe('TOTP_INVALID');
    const fresh = totpCodeAt(setup.body.secret, new Date(Date.now() + 30_000));
    const ok = await next.post('/api/v1/auth/login', { username: 'anyuan01', password: 'Demo@2026', totp: fresh });
    expect(ok.status).toBe(200);
    const wrongPassword = await new Client(t.app).post('/api/v1/auth/login', {
      username: 'anyuan01',
      password: 'nope',
      totp: fresh,
    });
    expect(wrongPassword.body.error.code).toBe('LOGIN_FAILED');
  });

  it('when the security administrator requires it, an account without it can only enrol', async () => {
    const sec = await staff(t, 'secadmin');
    const officer = await staff(t, 'wanggezhuang01');
    expect(
      (await (await staff(t, 'wangguiling')).put('/api/v1/settings/security', { staffTotpRequired: true })).status,
    ).toBe(403);
    expect((await sec.put('/api/v1/settings/security', { staffTotpRequired: true })).body.error.code).toBe(
      'TOTP_ENROLLMENT_REQUIRED',
    );
    const own = await sec.post('/api/v1/me/totp/setup');
    await sec.post('/api/v1/me/totp/enable', { code: totpCodeAt(own.body.secret, new Date()) });
    const set = await sec.put('/api/v1/settings/security', { staffTotpRequired: true });
    expect(set.body).toEqual({ staffTotpRequired: true });

    const blocked = await officer.get('/api/v1/residents');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('TOTP_ENROLLMENT_REQUIRED');
    expect((await officer.get('/api/v1/me')).body.user.totpEnrollmentRequired).toBe(true);
    const setup = await officer.post('/api/v1/me/totp/setup');
    await officer.post('/api/v1/me/totp/enable', { code: totpCodeAt(setup.body.secret, new Date()) });
    expect((await officer.get('/api/v1/residents')).status).toBe(200);

    // a lost phone: the security administrator resets the second factor, which ends the sessions
    const { rows } = await t.adminQuery(`select id from users where username = 'wanggezhuang01'`);
    const reset = await sec.post(`/api/v1/staff-accounts/${rows[0].id}/totp-reset`);
    expect(reset.body.totpEnabled).toBe(false);
    expect((await officer.get('/api/v1/me')).status).toBe(401);
    const audit = await t.adminQuery(
      `select e.action from audit_events e
       where e.action in ('account.totp_enabled', 'staff_account.totp_reset') and e.target_id = $1 order by e.id`,
      [String(rows[0].id)],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['account.totp_enabled', 'staff_account.totp_reset']);
    const setting = await t.adminQuery(
      `select actor_name, before, after from audit_events where action = 'settings.security'`,
    );
    expect(setting.rows[0]).toMatchObject({
      actor_name: '安全管理员',
      before: { staffTotpRequired: false },
      after: { staffTotpRequired: true },
    });
    await sec.put('/api/v1/settings/security', { staffTotpRequired: false });
  });

  it('is for staff only', async () => {
    const r = await resident(t, '13900000030');
    expect((await r.post('/api/v1/me/totp/setup')).status).toBe(403);
  });
});
