import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/support/test-app';
import { PREPARED } from './client';
import { isDatabaseUnavailable } from './unavailable';

const t = useTestApp();

/** Errors nobody handled while `fn` ran (in the app, each would have ended the process). */
async function unhandledDuring(fn: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const record = (err: unknown) => seen.push(err);
  process.on('uncaughtException', record);
  try {
    await fn();
    await new Promise((r) => setTimeout(r, 200));
  } finally {
    process.off('uncaughtException', record);
  }
  return seen;
}

describe('database pool', () => {
  it('survives the server closing an idle connection, and reconnects', async () => {
    await sql`select 1`.execute(t.db); // leaves an idle connection in the pool
    await t.adminQuery(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    await new Promise((r) => setTimeout(r, 200));
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(t.db);
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('survives the server ending a connection that a transaction holds, and never reuses that connection', async () => {
    let failure: unknown = null;
    const unhandled = await unhandledDuring(async () => {
      failure = await t.db
        .transaction()
        .execute(async (trx) => {
          const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
          await t.adminQuery('select pg_terminate_backend($1)', [rows[0]!.pid]);
          // pg reports the lost connection as an 'error' event while the transaction still holds
          // the client, between two of its queries: unheard, it would end the process.
          await new Promise((r) => setTimeout(r, 200));
          await sql`select 1`.execute(trx);
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
    });
    expect(unhandled.map(String)).toEqual([]);
    expect(isDatabaseUnavailable(failure), String(failure)).toBe(true);
    const pids = new Set<number>();
    for (let i = 0; i < 5; i++) {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(t.db);
      pids.add(rows[0]!.pid);
    }
    const alive = await t.adminQuery('select count(*)::int as n from pg_stat_activity where pid = any($1)', [
      [...pids],
    ]);
    expect(alive.rows[0].n).toBe(pids.size);
  });

  it('reports a connection the server ends in the middle of a statement as unavailable, and goes on', async () => {
    let failure: (Error & { code?: string }) | null = null;
    const unhandled = await unhandledDuring(async () => {
      failure = await sql`select pg_terminate_backend(pg_backend_pid()), pg_sleep(1)`.execute(t.db).then(
        () => null,
        (e: unknown) => e as Error & { code?: string },
      );
    });
    expect(unhandled.map(String)).toEqual([]);
    expect(failure!.code).toBe('57P01');
    expect(isDatabaseUnavailable(failure)).toBe(true);
    expect((await sql<{ one: number }>`select 1 as one`.execute(t.db)).rows).toEqual([{ one: 1 }]);
  });

  it('sends marked statements as named prepared statements, parsed once per connection', async () => {
    await t.db.connection().execute(async (c) => {
      for (const n of [1, 2, 3])
        expect((await sql<{ n: number }>`${sql.raw(PREPARED)} select ${n}::int as n`.execute(c)).rows).toEqual([{ n }]);
      const front = await c
        .selectFrom('areas')
        .modifyFront(sql.raw(PREPARED))
        .select(sql<number>`count(*)::int`.as('n'))
        .where('level', '=', 'street')
        .executeTakeFirstOrThrow();
      expect(front.n).toBeGreaterThan(0);
      await sql`select ${4}::int as unmarked`.execute(c);
      const held = (
        await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(c)
      ).rows;
      expect(held).toHaveLength(2);
      expect(held.every((p) => p.name.startsWith('weiye_') && p.statement.includes(PREPARED))).toBe(true);
    });
  });

  it("rejects a failed statement with PostgreSQL's error, the stack leading back to the code that asked", async () => {
    const failing = async function askForAMissingTable() {
      await sql`select * from no_such_table_here`.execute(t.db);
    };
    const err = await failing().then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(err?.code).toBe('42P01');
    expect(err?.message).toContain('no_such_table_here');
    expect(err?.stack).toContain('askForAMissingTable');
    // and the pool goes on answering
    expect((await sql<{ one: number }>`select 1 as one`.execute(t.db)).rows).toEqual([{ one: 1 }]);
  });
});
