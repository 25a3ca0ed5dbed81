import { describe, expect, it } from 'vitest';
import { staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { eventHash, recordAudit } from '../../platform/audit';

const t = useTestApp();

describe('audit log', () => {
  it('is read by the auditor only', async () => {
    for (const username of ['wangguiling', 'sysadmin', 'secadmin']) {
      expect((await (await staff(t, username)).get('/api/v1/audit-events')).status, username).toBe(403);
    }
    const auditor = await staff(t, 'auditor');
    const res = await auditor.get('/api/v1/audit-events?action=account.login&pageSize=5');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((e: { action: string }) => e.action.startsWith('account.login'))).toBe(true);
  });

  it('finds events by the person who acted, by a part of the name or the username', async () => {
    await staff(t, 'wangguiling');
    const auditor = await staff(t, 'auditor');
    for (const words of ['王桂玲', '桂玲', 'wangguiling', 'WANGGUI']) {
      const res = await auditor.get(`/api/v1/audit-events?actor=${encodeURIComponent(words)}&pageSize=50`);
      expect(res.status, words).toBe(200);
      expect(res.body.items.length, words).toBeGreaterThan(0);
      expect(
        res.body.items.every((e: { actorName: string | null }) => e.actorName === '王桂玲'),
        words,
      ).toBe(true);
    }
    const nobody = await auditor.get(`/api/v1/audit-events?actor=${encodeURIComponent('没有这个人')}`);
    expect(nobody.body.items).toEqual([]);
    // A wildcard is a character, not a pattern.
    expect((await auditor.get('/api/v1/audit-events?actor=%25')).body.items).toEqual([]);
  });

  it('refuses updates and deletes in the database itself', async () => {
    await expect(t.adminQuery(`update audit_events set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.adminQuery(`delete from audit_events`)).rejects.toThrow(/append-only/);
  });

  it('chains every event by hash, and a tampered row breaks the chain at that row', async () => {
    const officer = await staff(t, 'fuxing01');
    await officer.patch('/api/v1/me/preferences', { locale: 'en' });
    const auditor = await staff(t, 'auditor');
    const ok = await auditor.get('/api/v1/audit-events/verify');
    expect(ok.body).toMatchObject({ ok: true, brokenAtId: null });
    expect(ok.body.checked).toBeGreaterThan(2);

    const { rows } = await t.adminQuery(
      `select id from audit_events where action = 'account.preferences' order by id desc limit 1`,
    );
    await t.adminQuery('alter table audit_events disable trigger audit_events_no_update');
    await t.adminQuery(`update audit_events set after = '{"locale":"zh-CN"}' where id = $1`, [rows[0].id]);
    await t.adminQuery('alter table audit_events enable trigger audit_events_no_update');
    const broken = await auditor.get('/api/v1/audit-events/verify');
    expect(broken.body).toMatchObject({ ok: false, brokenAtId: rows[0].id });
  });

  it('hashes on the server exactly what the chain check hashes, whatever the text', async () => {
    const odd = { note: '宋秀秀 "引号" \\ 反斜杠\n换行 😀 é', list: [1, 'ü'], nested: { z: 1, a: null } };
    await t.db
      .transaction()
      .execute((trx) =>
        recordAudit(
          trx,
          { actor: { userId: 1, role: 'street_officer', displayName: '王桂玲' }, ip: '127.0.0.1' },
          { action: 'test.odd_text', targetType: 'test', targetId: 'x', after: odd },
        ),
      );
    const { rows } = await t.adminQuery(
      `select at, actor_user_id, actor_role, action, target_type, target_id, ip, before, after, prev_hash, hash from audit_events where action = 'test.odd_text'`,
    );
    const e = rows[0];
    expect(e.after).toEqual(odd);
    expect(e.hash).toBe(eventHash(e.prev_hash, e));
    const previous = await t.adminQuery(
      `select hash from audit_events where id < (select id from audit_events where action = 'test.odd_text') order by id desc limit 1`,
    );
    expect(e.prev_hash).toBe(previous.rows[0].hash);
  });
});
