/**
 * The built web app is sent compressed as the build left it (.br / .gz beside
 * each file), hashed files under /assets are cached for good, and index.html
 * — also when it answers for a page path — is asked after every time.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/support/test-app';
import { buildApp } from '../app';
import { readEnv } from '../env';

const t = useTestApp();
const webRoot = mkdtempSync(join(tmpdir(), 'weiye-web-'));
const INDEX = '<!doctype html><title>社区微业</title><script type="module" src="/assets/app-3f9a1c.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('社区微业 '.repeat(200))});`;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

/** A file and, as the build writes them, its compressed twins. */
function writeWithTwins(path: string, text: string) {
  writeFileSync(path, text);
  writeFileSync(`${path}.br`, brotliCompressSync(text));
  writeFileSync(`${path}.gz`, gzipSync(text));
}

let app: FastifyInstance;
beforeAll(async () => {
  mkdirSync(join(webRoot, 'assets'));
  writeWithTwins(join(webRoot, 'index.html'), INDEX);
  writeWithTwins(join(webRoot, 'assets', 'app-3f9a1c.js'), SCRIPT);
  writeFileSync(join(webRoot, 'assets', 'logo-77aa01.png'), PNG);
  writeWithTwins(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = await buildApp({
    db: t.db,
    env: readEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO: 'true' }),
    cipher: t.cipher,
    sms: t.sms,
    sessionSecret: randomBytes(32).toString('hex'),
    databaseKind: 'bundled',
    rateLimits: false,
    webRoot,
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

async function get(url: string, acceptEncoding?: string) {
  const res = await app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });
  const encoding = res.headers['content-encoding'];
  const raw = res.rawPayload;
  const text = (encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw).toString();
  return { status: res.statusCode, headers: res.headers, encoding, text, size: raw.length };
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('hashed assets', () => {
  it('are sent in the best encoding the browser takes, and kept for good', async () => {
    const br = await get('/assets/app-3f9a1c.js', 'gzip, deflate, br, zstd');
    expect(br).toMatchObject({ status: 200, encoding: 'br', text: SCRIPT });
    expect(br.size).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe(IMMUTABLE);
    expect(br.headers.vary).toMatch(/accept-encoding/i);

    const gzip = await get('/assets/app-3f9a1c.js', 'gzip');
    expect(gzip).toMatchObject({ status: 200, encoding: 'gzip', text: SCRIPT });
    expect(gzip.headers['cache-control']).toBe(IMMUTABLE);

    const plain = await get('/assets/app-3f9a1c.js');
    expect(plain).toMatchObject({ status: 200, encoding: undefined, text: SCRIPT });
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('a file without compressed twins (an image) is sent as it is, still kept for good', async () => {
    const png = await get('/assets/logo-77aa01.png', 'br, gzip');
    expect(png.status).toBe(200);
    expect(png.encoding).toBeUndefined();
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('a missing asset is a 404, never the page', async () => {
    const missing = await get('/assets/app-000000.js', 'br');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).error.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('index.html', () => {
  it('is compressed and revalidated every time, at /, by name, and for any page path', async () => {
    for (const url of ['/', '/index.html', '/staff/residents/12', '/jobs?near=1']) {
      const res = await get(url, 'br, gzip');
      expect(res.status, url).toBe(200);
      expect(res.encoding, url).toBe('br');
      expect(res.text, url).toBe(INDEX);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    const gzip = await get('/staff/residents/12', 'gzip');
    expect(gzip).toMatchObject({ encoding: 'gzip', text: INDEX });
    expect(gzip.headers['cache-control']).toBe('no-cache');
  });

  it('files outside /assets (not hashed) are revalidated too', async () => {
    const icon = await get('/favicon.svg', 'br');
    expect(icon.encoding).toBe('br');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });
});
