/**
 * The API documentation lists every route and schema: in production only
 * signed-in staff read it (API_DOCS=staff, the default there), or nobody.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from '../../../tests/support/http-client';
import { productionEnv } from '../../../tests/support/production-env';
import { useTestApp } from '../../../tests/support/test-app';
import { buildApp } from '../app';
import { readEnv } from '../env';

const t = useTestApp();
const apps: FastifyInstance[] = [];
afterAll(() => Promise.all(apps.map((a) => a.close())));

async function productionApp(apiDocs?: string) {
  const app = await buildApp({
    db: t.db,
    env: productionEnv({ API_DOCS: apiDocs }),
    cipher: t.cipher,
    sms: t.sms,
    sessionSecret: randomBytes(32).toString('hex'),
    databaseKind: 'bundled',
    rateLimits: false,
  });
  await app.ready();
  apps.push(app);
  return app;
}

const DOC_PATHS = [
  '/api/docs',
  '/api/docs/',
  '/api/docs/json',
  '/api/docs/yaml',
  '/api/docs/static/index.html',
  '/api/docs/static/swagger-ui.css',
];

async function signInStaff(app: FastifyInstance) {
  const c = new Client(app);
  expect((await c.post('/api/v1/auth/login', { username: 'fuxing01', password: 'Demo@2026' })).status).toBe(200);
  return c;
}

async function signInResident(app: FastifyInstance, phone: string) {
  const c = new Client(app);
  expect((await c.post('/api/v1/auth/sms-code', { phone })).status).toBe(202);
  const code = t.sms.latest(phone)!.params.code;
  expect((await c.post('/api/v1/auth/login', { phone, code })).status).toBe(200);
  return c;
}

describe('in production, by default', () => {
  it('asks for a staff session for the page, its assets and the OpenAPI document', async () => {
    const app = await productionApp();
    const anonymous = new Client(app);
    for (const path of DOC_PATHS) {
      const res = await anonymous.get(path);
      expect(res.status, path).toBe(401);
      expect(res.body.error.code, path).toBe('UNAUTHENTICATED');
    }
    const resident = await signInResident(app, '13900000001');
    for (const path of DOC_PATHS) expect((await resident.get(path)).status, path).toBe(403);

    const officer = await signInStaff(app);
    const json = await officer.get('/api/docs/json');
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.paths)).toContain('/api/v1/residents');
    expect((await officer.get('/api/docs/static/swagger-ui.css')).status).toBe(200);
  });
});

describe('API_DOCS', () => {
  it('off: not served to anyone', async () => {
    const app = await productionApp('off');
    const officer = await signInStaff(app);
    for (const path of DOC_PATHS) {
      const res = await officer.get(path);
      expect(res.status, path).toBe(404);
      expect(res.body.error.code, path).toBe('ROUTE_NOT_FOUND');
    }
  });

  it('public: served without a session', async () => {
    const app = await productionApp('public');
    expect((await new Client(app).get('/api/docs/json')).status).toBe(200);
  });

  it('is public outside production unless set', () => {
    expect(readEnv({ NODE_ENV: 'development' }).apiDocs).toBe('public');
    expect(readEnv({ NODE_ENV: 'test', API_DOCS: 'staff' }).apiDocs).toBe('staff');
    expect(() => readEnv({ NODE_ENV: 'test', API_DOCS: 'yes' })).toThrow(/API_DOCS/);
  });
});
