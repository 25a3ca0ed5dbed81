/**
 * The audit chain under concurrent writers: events appended at the same time,
 * on their own and inside other transactions (some rolled back), still form
 * one unbroken chain, each chaining onto the event committed before it.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/support/test-app';
import { sql } from 'kysely';
import { auditInsert, recordAudit, verifyAuditChain } from './audit';

const t = useTestApp();
const ctx = { actor: null, ip: '127.0.0.1' };

describe('the audit chain', () => {
  it('stays one chain when events are appended concurrently, alone and inside transactions', async () => {
    const before = (await t.adminQuery('select count(*)::int as n from audit_events')).rows[0].n as number;
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      const entry = { action: 'test.concurrent', targetType: 'test', targetId: i, after: { i } };
      if (i % 4 === 0) work.push(recordAudit(t.db, ctx, entry));
      else if (i % 4 === 1) {
        work.push(
          t.db
            .transaction()
            .execute(async (trx) => {
              await recordAudit(trx, ctx, entry);
              throw new Error('rolled back');
            })
            .catch(() => undefined),
        );
      } else work.push(t.db.transaction().execute((trx) => recordAudit(trx, ctx, entry)));
    }
    await Promise.all(work);
    const after = (await t.adminQuery('select count(*)::int as n from audit_events')).rows[0].n as number;
    expect(after - before).toBe(30);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, brokenAtId: null });
    const links = (
      await t.adminQuery('select count(*)::int as n from audit_events a join audit_events b on b.prev_hash = a.hash')
    ).rows[0].n as number;
    expect(links).toBe(after - 1);
  });

  it('appends an event from inside a read only when the read found what it reveals, still chained', async () => {
    const count = async () =>
      (await t.adminQuery(`select count(*)::int as n from audit_events where action = 'test.reveal'`)).rows[0]
        .n as number;
    const read = (id: number) =>
      sql<{
        id: number;
      }>`with found as (select id from users where id = ${id}), audited as (${auditInsert(ctx, { action: 'test.reveal', targetType: 'user', targetId: id }, sql<boolean>`exists (select 1 from found)`)}) select * from found`.execute(
        t.db,
      );
    const someone = (await t.adminQuery('select min(id)::int as id from users')).rows[0].id as number;
    expect((await read(someone)).rows).toHaveLength(1);
    expect((await read(-1)).rows).toHaveLength(0);
    await Promise.all([
      read(someone),
      recordAudit(t.db, ctx, { action: 'test.concurrent', targetType: 'test' }),
      read(someone),
    ]);
    expect(await count()).toBe(3);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, brokenAtId: null });
  });
});
