/**
 * The audit chain under concurrent writers: events appended at the same time,
 * on their own and inside other transactions (some rolled back), still form
 * one unbroken chain, each chaining onto the event committed before it.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/support/test-app';
import { recordAudit, verifyAuditChain } from './audit';

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
    const links = (await t.adminQuery('select count(*)::int as n from audit_events a join audit_events b on b.prev_hash = a.hash')).rows[0].n as number;
    expect(links).toBe(after - 1);
  });
});
