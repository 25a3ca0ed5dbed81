/**
 * While the database cannot be reached, every request, including the health
 * check and the session lookup that runs before any route, is answered 503
 * DATABASE_UNAVAILABLE in the caller's language, never a 500.
 */
import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client } from '../../../tests/support/http-client';
import { useTestApp } from '../../../tests/support/test-app';
import { buildApp } from '../app';
import { createDb, type Db } from '../db/client';
import { withDatabase } from '../db/open';
import { readEnv } from '../env';

const t = useTestApp();
const sessionSecret = randomBytes(32).toString('hex');
let live: FastifyInstance;
let down: FastifyInstance;
let downDb: Db;

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A TCP relay to the test server that can be cut: the database going away, as the app sees it. */
async function relayTo(url: string) {
  const target = new URL(url);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const relayed = new URL(url);
  relayed.port = String((server.address() as { port: number }).port);
  return {
    url: relayed.toString(),
    cut() {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}

/** Two apps that share a session secret: one on the test database, one on a server that is not there. */
function build(db: Db) {
  return buildApp({
    db,
    env: readEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO: 'true' }),
    cipher: t.cipher,
    sms: t.sms,
    sessionSecret,
    databaseKind: 'bundled',
    rateLimits: false,
  });
}

beforeAll(async () => {
  live = await build(t.db);
  live.get('/api/v1/test-connection-lost', async () => {
    await sql`select pg_terminate_backend(pg_backend_pid()), pg_sleep(1)`.execute(t.db);
    return { ok: true };
  });
  live.get('/api/v1/test-other-socket-failure', () => {
    throw Object.assign(new Error('connect ECONNREFUSED 192.0.2.1:443'), { code: 'ECONNREFUSED' });
  });
  await live.ready();
  downDb = createDb(`postgres://postgres:none@127.0.0.1:${await closedPort()}/weiye`, 2);
  down = await build(downDb);
  await down.ready();
});
afterAll(async () => {
  await live?.close();
  await down?.close();
  await downDb?.destroy();
});

const UNAVAILABLE_ZH = { error: { code: 'DATABASE_UNAVAILABLE', message: '数据库暂时无法访问，请稍后再试' } };
const UNAVAILABLE_EN = {
  error: {
    code: 'DATABASE_UNAVAILABLE',
    message: 'The database is unavailable for a moment, please try again shortly',
  },
};

describe('a database that cannot be reached', () => {
  it('makes /api/health answer 503 with the code, and Retry-After', async () => {
    const res = await new Client(down).get('/api/health');
    expect(res.status).toBe(503);
    expect(res.body).toEqual(UNAVAILABLE_ZH);
    expect(res.headers['retry-after']).toBe('5');
    expect((await new Client(live).get('/api/health')).status).toBe(200);
  });

  it('answers 503 in the caller language when the session cannot be loaded before the route', async () => {
    for (const [lang, expected] of [
      ['zh-CN', UNAVAILABLE_ZH],
      ['en', UNAVAILABLE_EN],
    ] as const) {
      const signedIn = new Client(live, { 'accept-language': lang });
      expect(
        (await signedIn.post('/api/v1/auth/login', { username: 'wangguiling', password: 'Demo@2026' })).status,
      ).toBe(200);
      const cookie = signedIn.sessionCookie!;
      const elsewhere = new Client(down, { 'accept-language': lang });
      elsewhere.setSessionCookie(cookie);
      elsewhere.csrfToken = signedIn.csrfToken;
      const read = await elsewhere.get('/api/v1/residents');
      expect(read.status).toBe(503);
      expect(read.body).toEqual(expected);
      const write = await elsewhere.patch('/api/v1/me/profile', { phone: '13700000001' });
      expect(write.status).toBe(503);
      expect(write.body.error.code).toBe('DATABASE_UNAVAILABLE');
    }
  });

  it('answers 503 when a new session cannot be stored (the CSRF token before a sign-in)', async () => {
    const res = await new Client(down).get('/api/v1/auth/csrf');
    expect(res.status).toBe(503);
    expect(res.body).toEqual(UNAVAILABLE_ZH);
  });
});

describe('a connection the server ends during a request', () => {
  it('answers 503 DATABASE_UNAVAILABLE, and the next request is served', async () => {
    const c = new Client(live, { 'accept-language': 'en' });
    const res = await c.get('/api/v1/test-connection-lost');
    expect(res.status).toBe(503);
    expect(res.body).toEqual(UNAVAILABLE_EN);
    expect((await c.get('/api/health')).status).toBe(200);
  });

  it('is told apart from a socket failure elsewhere, which stays a bare 500', async () => {
    const res = await new Client(live).get('/api/v1/test-other-socket-failure');
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('INTERNAL');
  });
});

describe('a database that goes away in the middle of a signed-in request', () => {
  it('answers 503 even though the session the request refreshed cannot be saved either', async () => {
    const { rows } = await t.adminQuery('select current_database() as name');
    const relay = await relayTo(withDatabase(inject('adminUrl'), rows[0].name));
    const db = createDb(relay.url, 2);
    const app = await build(db);
    app.get('/api/v1/test-outage', async () => {
      relay.cut();
      await sql`select 1`.execute(db);
      return { ok: true };
    });
    await app.ready();
    try {
      const c = new Client(app);
      expect((await c.post('/api/v1/auth/login', { username: 'wangguiling', password: 'Demo@2026' })).status).toBe(200);
      // Last seen two minutes ago: this request refreshes the session, which is saved after the answer.
      await t.adminQuery(
        `update sessions set data = jsonb_set(data, '{lastSeenAt}', to_jsonb((extract(epoch from now()) * 1000)::bigint - 120000)) where user_id is not null`,
      );
      const res = await c.get('/api/v1/test-outage');
      expect(res.status).toBe(503);
      expect(res.body).toEqual(UNAVAILABLE_ZH);
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
