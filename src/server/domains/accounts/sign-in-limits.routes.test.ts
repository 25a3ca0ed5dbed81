/**
 * Sign-in limits under load: a burst of wrong passwords or SMS codes gets at
 * most five of them checked, a lock grows longer when it repeats, and a locked
 * account cannot be told from an unknown username.
 */
import type * as Argon2 from '@node-rs/argon2';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Client, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { totpCodeAt } from '../../platform/totp';
import { STAFF_LOCKOUT } from './sign-in-limits';

// Every argon2 verification the server makes, by the hash it was given: the real argon2 still runs.
const argon = vi.hoisted(() => ({ verified: [] as string[] }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof Argon2>();
  return {
    ...real,
    verify: (hash: string, password: string, ...rest: unknown[]) => {
      argon.verified.push(hash);
      return (real.verify as (...args: unknown[]) => Promise<boolean>)(hash, password, ...rest);
    },
  };
});

const t = useTestApp();
const login = (username: string, password: string, extra: Record<string, string> = {}) =>
  new Client(t.app).post('/api/v1/auth/login', { username, password, ...extra });

async function account(username: string) {
  const { rows } = await t.adminQuery(
    `select password_hash, failed_logins, lockouts,
            extract(epoch from locked_until - now()) / 60 as minutes_left
       from users where username = $1`,
    [username],
  );
  return rows[0] as { password_hash: string; failed_logins: number; lockouts: number; minutes_left: number | null };
}

/** How many verifications used this account's own hash (not the dummy one). */
const realChecks = (hash: string) => argon.verified.filter((h) => h === hash).length;

beforeEach(() => {
  argon.verified.length = 0;
});

describe('wrong staff passwords', () => {
  it('of twenty at once, verifies at most five and answers the rest like an unknown username', async () => {
    const { password_hash } = await account('guarantee01');
    const answers = await Promise.all(Array.from({ length: 20 }, () => login('guarantee01', 'wrong-password')));

    expect(realChecks(password_hash)).toBeLessThanOrEqual(STAFF_LOCKOUT.attemptsPerWindow);
    // every one of the twenty ran argon2: the refused ones against the dummy hash
    expect(argon.verified.length).toBe(20);
    const unknown = await login('no-such-officer', 'wrong-password');
    for (const a of answers) {
      expect(a.status).toBe(401);
      expect(a.body).toEqual(unknown.body);
    }
    const after = await account('guarantee01');
    expect(after.failed_logins).toBe(STAFF_LOCKOUT.attemptsPerWindow);
    expect(after.minutes_left).toBeGreaterThan(14);

    // now locked: even the right password is refused, unverified
    argon.verified.length = 0;
    const right = await login('guarantee01', 'Demo@2026');
    expect(right.status).toBe(401);
    expect(right.body).toEqual(unknown.body);
    expect(realChecks(password_hash)).toBe(0);
    expect(argon.verified.length).toBe(1);
  });

  it('start over after a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) expect((await login('jiuxiangjia01', 'wrong')).status).toBe(401);
    expect((await account('jiuxiangjia01')).failed_logins).toBe(4);
    expect((await login('jiuxiangjia01', 'Demo@2026')).status).toBe(200);
    expect(await account('jiuxiangjia01')).toMatchObject({ failed_logins: 0, lockouts: 0, minutes_left: null });
    // four more wrong ones do not lock it: the count began again
    for (let i = 0; i < 4; i++) await login('jiuxiangjia01', 'wrong');
    expect((await login('jiuxiangjia01', 'Demo@2026')).status).toBe(200);
  });

  it('lock for longer each time a lock repeats, and count afresh when a lock ends', async () => {
    const { password_hash } = await account('xiaotaihou01');
    for (let i = 0; i < 5; i++) await login('xiaotaihou01', 'wrong');
    const first = await account('xiaotaihou01');
    expect(first.lockouts).toBe(1);
    expect(first.minutes_left).toBeGreaterThan(14);
    expect(first.minutes_left).toBeLessThanOrEqual(15);

    // the first lock ends
    await t.adminQuery(`update users set locked_until = now() - interval '1 second' where username = 'xiaotaihou01'`);
    argon.verified.length = 0;
    expect((await login('xiaotaihou01', 'wrong')).status).toBe(401);
    expect(realChecks(password_hash)).toBe(1);
    expect(await account('xiaotaihou01')).toMatchObject({ failed_logins: 1, lockouts: 1, minutes_left: null });

    for (let i = 0; i < 4; i++) await login('xiaotaihou01', 'wrong');
    const second = await account('xiaotaihou01');
    expect(second.lockouts).toBe(2);
    expect(second.minutes_left).toBeGreaterThan(29);
    expect(second.minutes_left).toBeLessThanOrEqual(30);
  });

  it('answer a locked account exactly as an unknown username, with argon2 run for both', async () => {
    for (let i = 0; i < 5; i++) await login('tiejuezhan01', 'wrong');
    expect((await account('tiejuezhan01')).minutes_left).toBeGreaterThan(0);

    // Equal work rather than equal measured times (a test asserts no time): each answer waits for one argon2 check.
    let lockedAnswer: unknown;
    let unknownAnswer: unknown;
    for (let i = 0; i < 5; i++) {
      argon.verified.length = 0;
      const locked = await login('tiejuezhan01', 'Demo@2026');
      expect(argon.verified.length).toBe(1);
      const unknown = await login('tiejuezhan99', 'Demo@2026');
      expect(argon.verified.length).toBe(2);
      lockedAnswer = { status: locked.status, body: locked.body };
      unknownAnswer = { status: unknown.status, body: unknown.body };
      expect(lockedAnswer).toEqual(unknownAnswer);
    }
    expect(lockedAnswer).toEqual({
      status: 401,
      body: { error: { code: 'LOGIN_FAILED', message: '用户名或密码不正确' } },
    });
  });

  it('do not count a right password that still waits for its authenticator code', async () => {
    const c = await staff(t, 'fuxing01');
    const setup = await c.post('/api/v1/me/totp/setup');
    const now = Date.now();
    expect(
      (await c.post('/api/v1/me/totp/enable', { code: totpCodeAt(setup.body.secret, new Date(now)) })).status,
    ).toBe(200);
    for (let i = 0; i < 4; i++) await login('fuxing01', 'wrong');
    const asked = await login('fuxing01', 'Demo@2026');
    expect(asked.body.error.code).toBe('TOTP_REQUIRED');
    expect((await account('fuxing01')).failed_logins).toBe(4);
    const fresh = totpCodeAt(setup.body.secret, new Date(now + 30_000));
    const signedIn = await login('fuxing01', 'Demo@2026', { totp: fresh });
    expect(signedIn.status).toBe(200);
    expect((await account('fuxing01')).failed_logins).toBe(0);
  });
});

describe('wrong SMS codes', () => {
  it('of twenty at once, checks at most five; the code is then dead even for the right one', async () => {
    const phone = '13700000077';
    expect((await new Client(t.app).post('/api/v1/auth/sms-code', { phone })).status).toBe(202);
    const code = t.sms.latest(phone)!.params.code!;
    const wrong = code === '000000' ? '111111' : '000000';
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => new Client(t.app).post('/api/v1/auth/login', { phone, code: wrong })),
    );
    for (const a of answers) expect(a.body.error.code).toBe('SMS_CODE_INVALID');
    const { rows } = await t.adminQuery(`select attempts from sms_codes where phone = $1`, [phone]);
    // each check is counted before it is made: a stored count of five means five checks
    expect(rows).toEqual([{ attempts: 5 }]);
    const right = await new Client(t.app).post('/api/v1/auth/login', { phone, code });
    expect(right.status).toBe(401);
    expect(right.body.error.code).toBe('SMS_CODE_INVALID');
  });

  it('still let the right code in among wrong ones, and only once', async () => {
    const phone = '13700000078';
    await new Client(t.app).post('/api/v1/auth/sms-code', { phone });
    const code = t.sms.latest(phone)!.params.code!;
    const wrong = code === '000000' ? '111111' : '000000';
    await new Client(t.app).post('/api/v1/auth/login', { phone, code: wrong });
    const answers = await Promise.all(
      Array.from({ length: 3 }, () => new Client(t.app).post('/api/v1/auth/login', { phone, code })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401, 401]);
  });
});
