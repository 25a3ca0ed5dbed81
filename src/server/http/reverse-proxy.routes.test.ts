/**
 * Behind a reverse proxy the socket's peer is the proxy: the client's address
 * and scheme come from X-Forwarded-For / X-Forwarded-Proto, and only when
 * TRUST_PROXY names the proxy. `inject` connects from 127.0.0.1 (the proxy on
 * this machine) unless a test gives another remoteAddress.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/support/test-app';
import { buildApp } from '../app';
import { readEnv } from '../env';

const t = useTestApp();
const apps: FastifyInstance[] = [];

async function appWith(trustProxy: string | undefined) {
  const app = await buildApp({
    db: t.db,
    env: readEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO: 'true', TRUST_PROXY: trustProxy }),
    cipher: t.cipher,
    sms: t.sms,
    sessionSecret: randomBytes(32).toString('hex'),
    databaseKind: 'bundled',
    rateLimits: true,
  });
  await app.ready();
  apps.push(app);
  return app;
}

let behindProxy: FastifyInstance;
let direct: FastifyInstance;
beforeAll(async () => {
  behindProxy = await appWith('true');
  direct = await appWith(undefined);
});
afterAll(() => Promise.all(apps.map((a) => a.close())));

let phoneSerial = 0;
/** An SMS code request (10 a minute per client address), as the proxy forwards it. */
async function askCode(app: FastifyInstance, headers: Record<string, string>, remoteAddress?: string) {
  const csrf = await app.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers, remoteAddress });
  const phone = `1370000${String(1000 + phoneSerial++)}`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sms-code',
    headers: { ...headers, cookie: `sid=${csrf.cookies[0]!.value}`, 'x-csrf-token': csrf.json().csrfToken },
    payload: { phone },
    ...(remoteAddress ? { remoteAddress } : {}),
  } as InjectOptions);
  const row = await t.adminQuery('select ip from sms_codes where phone = $1', [phone]);
  return { status: res.statusCode, ip: row.rows[0]?.ip as string | undefined };
}

async function signIn(app: FastifyInstance, headers: Record<string, string>) {
  const csrf = await app.inject({ method: 'GET', url: '/api/v1/auth/csrf', headers });
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { ...headers, cookie: `sid=${csrf.cookies[0]!.value}`, 'x-csrf-token': csrf.json().csrfToken },
    payload: { username: 'fuxing01', password: 'Demo@2026' },
  });
  expect(res.statusCode).toBe(200);
  return res.cookies.find((c) => c.name === 'sid')!;
}

describe('with TRUST_PROXY', () => {
  it('limits and records each forwarded client by its own address, however it fills the header', async () => {
    const first = await askCode(behindProxy, { 'x-forwarded-for': '203.0.113.7' });
    expect(first).toEqual({ status: 202, ip: '203.0.113.7' });
    // The proxy appends the address it saw; what the client wrote before it is not believed.
    const statuses = [];
    for (let i = 0; i < 10; i++) {
      const spoofed = await askCode(behindProxy, { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` });
      statuses.push(spoofed.status);
      if (spoofed.status === 202) expect(spoofed.ip).toBe('203.0.113.7');
    }
    expect(statuses).toEqual([...Array(9).fill(202), 429]);
    // Another client behind the same proxy has its own allowance.
    expect(await askCode(behindProxy, { 'x-forwarded-for': '203.0.113.8' })).toEqual({
      status: 202,
      ip: '203.0.113.8',
    });
  });

  it('ignores forwarded headers from a peer that is not the proxy', async () => {
    const res = await askCode(behindProxy, { 'x-forwarded-for': '203.0.113.50' }, '198.51.100.200');
    expect(res).toEqual({ status: 202, ip: '198.51.100.200' });
  });

  it('makes the session cookie Secure when the original request was https', async () => {
    const https = await signIn(behindProxy, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' });
    expect(https.secure).toBe(true);
    expect(https.httpOnly).toBe(true);
    const http = await signIn(behindProxy, { 'x-forwarded-proto': 'http', 'x-forwarded-for': '203.0.113.9' });
    expect(http.secure).toBeFalsy();
  });
});

describe('without TRUST_PROXY', () => {
  it('ignores X-Forwarded-For: every request is the socket’s peer, for the limits and the records', async () => {
    const statuses = [];
    for (let i = 0; i < 11; i++) {
      const res = await askCode(direct, { 'x-forwarded-for': `203.0.113.${100 + i}` });
      statuses.push(res.status);
      if (res.status === 202) expect(res.ip).toBe('127.0.0.1');
    }
    expect(statuses).toEqual([...Array(10).fill(202), 429]);
  });

  it('ignores X-Forwarded-Proto: the cookie is not marked Secure on a plain connection', async () => {
    const cookie = await signIn(direct, { 'x-forwarded-proto': 'https' });
    expect(cookie.secure).toBeFalsy();
  });
});

describe('the TRUST_PROXY setting', () => {
  const parse = (v: string | undefined) => readEnv({ NODE_ENV: 'test', TRUST_PROXY: v }).TRUST_PROXY;
  it('takes true, false or the proxies’ addresses, and names itself when wrong', () => {
    expect(parse(undefined)).toBe(false);
    expect(parse('false')).toBe(false);
    expect(parse('true')).toBe('loopback');
    expect(parse('127.0.0.1, 10.0.0.0/8,uniquelocal')).toBe('127.0.0.1,10.0.0.0/8,uniquelocal');
    expect(parse('::1,fd00::/8')).toBe('::1,fd00::/8');
    for (const bad of ['yes', '1', '10.0.0.0/33', 'proxy.local', '*']) {
      expect(() => parse(bad), bad).toThrow(/TRUST_PROXY/);
    }
  });
});
