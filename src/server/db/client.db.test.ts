import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/support/test-app';

const t = useTestApp();

describe('database pool', () => {
  it('survives the server closing an idle connection, and reconnects', async () => {
    await sql`select 1`.execute(t.db); // leaves an idle connection in the pool
    await t.adminQuery(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
    await new Promise((r) => setTimeout(r, 200));
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(t.db);
    expect(rows).toEqual([{ one: 1 }]);
  });
});
