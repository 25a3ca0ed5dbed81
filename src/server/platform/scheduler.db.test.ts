import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/support/test-app';
import { isDatabaseUnavailable } from '../db/unavailable';
import { housekeeping, type BackgroundTask, lockKey, runOnce, startScheduler } from './scheduler';

const t = useTestApp();

describe('housekeeping job', () => {
  it('removes expired sessions and day-old SMS codes, and keeps live ones', async () => {
    await t.adminQuery(
      `insert into sessions (sid, data, expires_at) values ('old', '{}', now() - interval '1 minute'), ('live', '{}', now() + interval '1 hour')`,
    );
    await t.adminQuery(
      `insert into sms_codes (phone, code_hash, expires_at, created_at) values ('13700000009', 'x', now(), now() - interval '2 days'), ('13700000009', 'y', now(), now())`,
    );
    expect(await runOnce(t.db, housekeeping)).toBe(true);
    const sessions = await t.adminQuery(`select sid from sessions where sid in ('old', 'live')`);
    expect(sessions.rows.map((r) => r.sid)).toEqual(['live']);
    const codes = await t.adminQuery(`select code_hash from sms_codes where phone = '13700000009'`);
    expect(codes.rows.map((r) => r.code_hash)).toEqual(['y']);
  });

  it('runs in one process at a time', async () => {
    await t.db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(${lockKey(housekeeping.name)})`.execute(conn);
      expect(await runOnce(t.db, housekeeping)).toBe(false);
      await sql`select pg_advisory_unlock_all()`.execute(conn);
    });
  });
});

describe('the scheduler while the database goes away', () => {
  it('reports a run whose connection the server ended, lives on, and runs again at the next tick', async () => {
    let runs = 0;
    const flaky: BackgroundTask = {
      name: 'test-connection-ended',
      everyMs: 50,
      async run(db) {
        runs++;
        if (runs === 1) await sql`select pg_terminate_backend(pg_backend_pid()), pg_sleep(1)`.execute(db);
      },
    };
    const failures: unknown[] = [];
    const unhandled: unknown[] = [];
    const record = (err: unknown) => unhandled.push(err);
    process.on('uncaughtException', record);
    const stop = startScheduler(t.db, [flaky], (_, err) => failures.push(err));
    try {
      const until = Date.now() + 10_000;
      while (runs < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    } finally {
      stop();
      await new Promise((r) => setTimeout(r, 200));
      process.off('uncaughtException', record);
    }
    expect(unhandled.map(String)).toEqual([]);
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(failures.length).toBeGreaterThanOrEqual(1);
    expect(failures.every(isDatabaseUnavailable), failures.map(String).join('\n')).toBe(true);
  });
});
