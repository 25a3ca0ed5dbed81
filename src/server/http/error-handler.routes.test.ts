import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../tests/support/http-client';
import { useTestApp } from '../../../tests/support/test-app';
import { buildApp } from '../app';
import { readEnv } from '../env';
import type { FastifyInstance } from 'fastify';

const t = useTestApp();
let app: FastifyInstance;
const lines: string[] = [];
const webRoot = mkdtempSync(join(tmpdir(), 'weiye-web-'));
mkdirSync(join(webRoot, 'assets'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>社区微业</title>');
writeFileSync(join(webRoot, 'assets', 'app-1.js'), 'console.log(1)');

beforeAll(async () => {
  app = await buildApp({
    db: t.db,
    env: readEnv({ NODE_ENV: 'test', DEMO: 'true' }),
    cipher: t.cipher,
    sms: t.sms,
    sessionSecret: randomBytes(32).toString('hex'),
    databaseKind: 'bundled',
    rateLimits: true,
    webRoot,
    logStream: new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  });
  app.get('/api/v1/test-failure', () => {
    throw new Error('connection to 10.0.0.5 refused for 13900000001 / 11010519491231002X');
  });
  await app.ready();
});
afterAll(() => app.close());

describe('unexpected failures', () => {
  it('answer a bare INTERNAL with no internals, and log the error with personal data masked', async () => {
    const res = await new Client(app).get('/api/v1/test-failure?phone=13900000001');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } });
    const log = lines.join('');
    expect(log).toContain('unhandled error');
    expect(log).toContain('139****0001');
    expect(log).not.toContain('13900000001');
    expect(log).not.toContain('11010519491231002X');
  });
});

describe('rate limits', () => {
  it('cap SMS requests per IP per minute, with the stable code', async () => {
    const c = new Client(app);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await c.post('/api/v1/auth/sms-code', { phone: `1360000${String(1000 + i)}` });
      statuses.push(res.status);
      if (res.status === 429) expect(res.body.error.code).toBe('RATE_LIMITED');
    }
    expect(statuses.filter((s) => s === 202).length).toBe(10);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe('OpenAPI', () => {
  it('documents the routes with their schemas', async () => {
    const res = await new Client(app).get('/api/docs/json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/residents',
        '/api/v1/residents/{id}/reveal',
        '/api/health',
      ]),
    );
    expect(res.body.paths['/api/v1/residents'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['name', 'idNumber', 'phone', 'compoundId']),
    );
  });
});

describe('the web app', () => {
  it('serves files, page paths as index.html, and 404s for missing assets and API paths', async () => {
    const c = new Client(app);
    const page = await c.get('/staff/residents/12');
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('<title>社区微业</title>');
    expect((await c.get('/assets/app-1.js')).status).toBe(200);
    writeFileSync(join(webRoot, 'assets', 'app-2.js'), 'console.log(2)'); // a rebuild while running
    expect((await c.get('/assets/app-2.js')).status).toBe(200);
    const missing = await c.get('/assets/app-0.js');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('ROUTE_NOT_FOUND');
    expect((await c.get('/api/v1/nope')).body.error.code).toBe('ROUTE_NOT_FOUND');
  });
  it('sends security headers', async () => {
    const res = await new Client(app).get('/');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('the request log', () => {
  it('writes a line for a failed request and none for a fast successful one', async () => {
    const c = new Client(app);
    expect((await c.get('/api/health')).status).toBe(200);
    expect((await c.get('/api/v1/no-such-route')).status).toBe(404);
    const completed = lines.filter((l) => l.includes('request completed')).map((l) => JSON.parse(l));
    expect(completed.some((l) => l.req.url === '/api/v1/no-such-route' && l.res.statusCode === 404)).toBe(true);
    expect(completed.some((l) => l.req.url === '/api/health')).toBe(false);
  });
});
