/**
 * The request path: who is asking is read with the session in one query and never kept between requests (a
 * change to the account counts on the next request; the account row is never written into the session);
 * answers over the threshold are compressed for a client that accepts it, smaller ones are not.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { staff } from '../../../tests/support/http-client';
import { useTestApp } from '../../../tests/support/test-app';
import { COMPRESS_THRESHOLD_BYTES } from './compression';

const t = useTestApp();

describe('who is asking', () => {
  it('counts a role change and a switched-off account on the very next request', async () => {
    const officer = await staff(t, 'liuyan');
    expect((await officer.get('/api/v1/me')).body.user.role).toBe('street_officer');
    await t.adminQuery(`update users set role = 'community_officer' where username = 'liuyan'`);
    expect((await officer.get('/api/v1/me')).body.user.role).toBe('community_officer');
    await t.adminQuery(`update users set active = false where username = 'liuyan'`);
    expect((await officer.get('/api/v1/me')).status).toBe(401);
  });

  it('stores the session without the account read with it', async () => {
    const officer = await staff(t, 'wangguiling');
    // a minute later the session is touched (written again) on the next request
    await t.adminQuery(
      `update sessions set data = jsonb_set(data, '{lastSeenAt}', to_jsonb((extract(epoch from now()) * 1000 - 120000)::bigint))
       where user_id = (select id from users where username = 'wangguiling')`,
    );
    expect((await officer.get('/api/v1/me')).status).toBe(200);
    const { rows } = await t.adminQuery(
      `select data from sessions where user_id = (select id from users where username = 'wangguiling')`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows as { data: Record<string, unknown> }[]) {
      expect(row.data.userId).toBeTypeOf('number');
      expect(row.data).not.toHaveProperty('actorRow');
    }
    expect(
      (rows as { data: { lastSeenAt: number } }[]).some((r) => Number(r.data.lastSeenAt) > Date.now() - 60_000),
    ).toBe(true);
  });
});

describe('compression', () => {
  it('compresses an answer over the threshold for a client that accepts gzip, and leaves a small one', async () => {
    const officer = await staff(t, 'wangguiling');
    const cookie = `sid=${officer.sessionCookie}`;
    const plain = await t.app.inject({ method: 'GET', url: '/api/v1/residents?pageSize=50', headers: { cookie } });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_THRESHOLD_BYTES);

    const zipped = await t.app.inject({
      method: 'GET',
      url: '/api/v1/residents?pageSize=50',
      headers: { cookie, 'accept-encoding': 'gzip' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString())).toEqual(plain.json());

    const small = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'gzip' } });
    expect(small.rawPayload.length).toBeLessThan(COMPRESS_THRESHOLD_BYTES);
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
