/**
 * /api/metrics: Prometheus text for the system administrator only, with the
 * requests counted by route pattern (never a raw URL with an id in it), the
 * connection pool, the database, the scheduler's runs and the SMS outbox.
 */
import { describe, expect, it } from 'vitest';
import { staff } from '../../../tests/support/http-client';
import { useTestApp } from '../../../tests/support/test-app';
import { runWhenDue } from './scheduler';

const t = useTestApp();

describe('/api/metrics', () => {
  it('gives the system administrator the Prometheus metrics, counted by route pattern', async () => {
    const admin = await staff(t, 'sysadmin');
    const officer = await staff(t, 'wangguiling');
    await officer.get('/api/v1/residents?page=1');
    const resident = (await t.adminQuery(`select id from residents order by id limit 1`)).rows[0]!.id as number;
    await officer.get(`/api/v1/residents/${resident}`);
    await t.adminQuery(
      `insert into sms_outbox (phone, template, params, next_attempt_at) values ('13700000077', 'login_code', '{}', now() + interval '1 hour')`,
    );
    expect(await runWhenDue(t.db, { name: 'metrics-test-task', everyMs: 60_000, run: async () => undefined })).toBe(
      true,
    );

    const res = await admin.get<string>('/api/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.body;
    expect(text).toMatch(/weiye_http_requests_total\{method="GET",route="\/api\/v1\/residents",status="200"\} [1-9]/);
    expect(text).toMatch(
      /weiye_http_requests_total\{method="GET",route="\/api\/v1\/residents\/:id",status="200"\} [1-9]/,
    );
    expect(text).not.toContain(`/api/v1/residents/${resident}"`);
    expect(text).toContain('weiye_http_request_duration_seconds_bucket');
    expect(text).toMatch(/weiye_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/weiye_database_up 1/);
    expect(text).toMatch(/weiye_scheduler_runs_total\{task="metrics-test-task"\} 1/);
    expect(text).toMatch(/weiye_sms_outbox_depth [1-9]/);
    expect(text).toContain('weiye_process_cpu_seconds_total');
  });

  it('refuses everyone else', async () => {
    const officer = await staff(t, 'wangguiling');
    expect((await officer.get('/api/metrics')).status).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/metrics' })).statusCode).toBe(401);
  });
});
