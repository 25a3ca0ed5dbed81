/**
 * Forged writes: a page elsewhere makes the signed-in officer's browser send
 * a write. It can pick any spelling of the path the router accepts and any
 * body a plain HTML form can send, but it cannot set a header. Requests go
 * over a real socket so the path reaches the router exactly as written
 * (inject would normalise `//` and `./` through the URL parser first).
 */
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staff, type Client } from '../../../tests/support/http-client';
import { useTestApp } from '../../../tests/support/test-app';

const t = useTestApp();
const agent = new Agent({ keepAlive: true, maxSockets: 8 });
let port: number;
let officer: Client;
let cookie: string;

beforeAll(async () => {
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
  officer = await staff(t, 'wangguiling');
  cookie = `sid=${officer.sessionCookie}`;
});
afterAll(() => agent.destroy());

interface Answer {
  status: number;
  code: string | undefined;
  json?: unknown;
}

function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, agent, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        const code = (json as { error?: { code?: string } } | undefined)?.error?.code;
        resolve({ status: res.statusCode ?? 0, code, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const escape = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
const escapeFirst = (segment: string) => (segment ? escape(segment[0]!) + segment.slice(1) : segment);

/** Spellings of one path: those the router folds onto the route, and near misses that must not slip past either. */
const PATH_FORMS: Record<string, (path: string) => string> = {
  'as declared': (p) => p,
  'first letter escaped': (p) => `/${escapeFirst(p.slice(1))}`,
  'last segment escaped': (p) => p.replace(/[^/]+$/, escapeFirst),
  'every character escaped, lower-case hex': (p) =>
    p
      .split('/')
      .map((s) => [...s].map((c) => escape(c).toLowerCase()).join(''))
      .join('/'),
  'doubled slashes': (p) => p.replaceAll('/', '//'),
  'leading doubled slash': (p) => `/${p}`,
  'trailing slash': (p) => `${p}/`,
  'escaped, doubled and trailing': (p) => `/${escapeFirst(p.slice(1)).replaceAll('/', '//')}/`,
  'semicolon parameters': (p) => `${p};x=1`,
  'dot segment': (p) => p.replace('/v1/', '/./v1/'),
  'escaped slash': (p) => p.replace('/v1/', '%2Fv1/'),
  'upper-case prefix': (p) => `/API${p.slice(4)}`,
};

const BOUNDARY = '----forged';
/** What a plain HTML form (or a fetch without custom headers) can send. */
const BODIES: Record<string, { type?: string; body?: string }> = {
  'no body': {},
  'text/plain': { type: 'text/plain', body: '{"name":"x"}' },
  'empty text/plain form': { type: 'text/plain;charset=UTF-8', body: '' },
  urlencoded: { type: 'application/x-www-form-urlencoded', body: 'name=x&_csrf=x' },
  multipart: {
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
  },
  json: { type: 'application/json', body: '{}' },
};

function writeRoutes(): { method: string; path: string }[] {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
      .map((m) => ({ method: m.toUpperCase(), path: path.replace(/\{[^}]+\}/g, '1') })),
  );
}

describe('forged writes', () => {
  it('the router folds escaped spellings onto a route (the forms the check must hold for)', async () => {
    const accepted: Record<string, boolean> = {};
    for (const [form, spell] of Object.entries(PATH_FORMS)) {
      // the officer's own record, not the web app's page that other GETs fall back to
      const res = await send('GET', spell('/api/v1/me'), { cookie });
      accepted[form] = res.status === 200 && (res.json as { user?: { id?: number } })?.user?.id !== undefined;
    }
    // A change of router options (ignoreTrailingSlash, ignoreDuplicateSlashes,
    // useSemicolonDelimiter, caseSensitive) shows up here; the sweep below covers every form either way.
    expect(accepted).toEqual({
      'as declared': true,
      'first letter escaped': true,
      'last segment escaped': true,
      'every character escaped, lower-case hex': true,
      'doubled slashes': false,
      'leading doubled slash': false,
      'trailing slash': false,
      'escaped, doubled and trailing': false,
      'semicolon parameters': false,
      'dot segment': false,
      'escaped slash': false,
      'upper-case prefix': false,
    });
  });

  it(
    'every write route refuses every path form and form body without the token, and writes nothing',
    { timeout: 300_000 },
    async () => {
      const routes = writeRoutes();
      expect(routes.length).toBeGreaterThan(40);
      const auditBefore = await t.adminQuery('select count(*)::int n from audit_events');
      const succeeded: string[] = [];
      const slipped: string[] = [];
      for (const { method, path } of routes) {
        const tries = Object.entries(PATH_FORMS).flatMap(([form, spell]) =>
          Object.entries(BODIES).map(async ([kind, { type, body }]) => {
            const url = spell(path);
            const res = await send(method, url, { cookie, ...(type ? { 'content-type': type } : {}) }, body);
            const line = `${method} ${url} (${form}, ${kind}) → ${res.status} ${res.code ?? ''}`;
            if (res.status >= 200 && res.status < 300) succeeded.push(line);
            // Refused by the CSRF check itself, not by luck (a 404 or a failed validation).
            else if (res.status !== 403 || res.code !== 'CSRF_INVALID') slipped.push(line);
          }),
        );
        await Promise.all(tries);
      }
      expect(succeeded.slice(0, 20)).toEqual([]);
      expect(slipped.slice(0, 20)).toEqual([]);
      expect(succeeded.length + slipped.length).toBe(0);
      // The officer is still signed in (no forged logout) and nothing was recorded.
      expect((await send('GET', '/api/v1/me', { cookie })).status).toBe(200);
      const auditAfter = await t.adminQuery('select count(*)::int n from audit_events');
      expect(auditAfter.rows[0].n).toBe(auditBefore.rows[0].n);
    },
  );

  it('takes the token from the header only, not from the query or a form field', async () => {
    const token = officer.csrfToken!;
    const inQuery = await send('POST', `/api/v1/auth/logout?_csrf=${encodeURIComponent(token)}`, { cookie });
    expect(inQuery).toMatchObject({ status: 403, code: 'CSRF_INVALID' });
    const inForm = await send(
      'POST',
      '/api/v1/auth/logout',
      { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      `_csrf=${encodeURIComponent(token)}`,
    );
    expect(inForm).toMatchObject({ status: 403, code: 'CSRF_INVALID' });
    expect((await send('GET', '/api/v1/me', { cookie })).status).toBe(200);
  });
});

describe('body types', () => {
  it('a route refuses, with the token, a body type it does not declare: 415 in the caller’s language', async () => {
    const c = await staff(t, 'anyuan01');
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      `multipart/form-data; boundary=${BOUNDARY}`,
    ]) {
      const res = await c.request('PATCH', '/api/v1/me/preferences', BODIES.multipart!.body, { 'content-type': type });
      expect(res.status, type).toBe(415);
      expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const en = await c.request('POST', '/api/v1/residents', 'name=x', {
      'content-type': 'application/x-www-form-urlencoded',
      'accept-language': 'en',
    });
    expect(en.body.error).toEqual({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'This kind of request body is not accepted here',
    });
    const zh = await c.request('POST', '/api/v1/residents', 'name=x', { 'content-type': 'text/plain' });
    expect(zh.body.error.message).toBe('不支持该内容类型的请求');
    // JSON, and a write with no body at all, still go through.
    expect((await c.patch('/api/v1/me/preferences', { elderMode: false })).status).toBe(200);
  });

  it('the upload route takes multipart with the token, and nothing else', async () => {
    const c = await staff(t, 'wangguiling');
    const url = '/api/v1/benefits/applications/999999/materials';
    const upload =
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="material"\r\n\r\n营业执照\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--${BOUNDARY}--\r\n`;
    const multipart = await c.request('POST', url, upload, { 'content-type': BODIES.multipart!.type! });
    // past the guards: the handler looked for the application
    expect(multipart.status).toBe(404);
    expect(multipart.body.error.code).toBe('NOT_FOUND');
    const json = await c.request('POST', url, { material: 'x' });
    expect(json.status).toBe(415);
  });

  it('a write without a body still works with the token', async () => {
    const c = await staff(t, 'fuxing01');
    const res = await c.request('POST', '/api/v1/auth/logout');
    expect(res.status).toBe(204);
  });
});
