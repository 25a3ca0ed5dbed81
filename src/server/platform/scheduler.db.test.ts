import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/support/test-app';
import { housekeeping, lockKey, runOnce } from './scheduler';

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
