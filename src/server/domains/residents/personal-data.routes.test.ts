import { describe, expect, it } from 'vitest';
import { Client, resident, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();

describe("a resident's rights over their own data", () => {
  it('downloads everything kept about them, unmasked, and the download is audited', async () => {
    const c = await resident(t, '13900000001');
    await c.patch('/api/v1/me/profile', { labels: ['mother', 'graduate'], labelsConsent: true });
    const res = await c.get('/api/v1/me/data-export');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-disposition'])).toMatch(
      /^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.body.profile).toMatchObject({
      name: '张丽',
      phone: '13900000001',
      idNumber: expect.stringMatching(/^37021119890512\d{3}[\dX]$/),
    });
    expect(res.body.consents[0]).toMatchObject({
      purpose: 'labels_self_declared',
      scope: { labels: ['graduate'] },
      withdrawnAt: null,
    });
    expect(res.body.recentSignIns.length).toBeGreaterThan(0);
    const audit = await t.adminQuery(`select count(*)::int n from audit_events where action = 'resident.export_own'`);
    expect(audit.rows[0].n).toBe(1);
  });

  it('includes what every capability keeps about her: job profile, piecework pay, policy facts', async () => {
    const song = await (await resident(t, '13900000002')).get('/api/v1/me/data-export');
    expect(song.status).toBe(200);
    const piecework = song.body.capabilities.piecework as {
      factories: { factory: string }[];
      dailyPay: { amount_fen: number }[];
    };
    expect(piecework.factories.map((f) => f.factory)).toContain('金花粉扑包装微工厂');
    expect(piecework.dailyPay.some((l) => l.amount_fen === 9800)).toBe(true);
    expect(Object.keys(song.body.capabilities).sort()).toEqual(['benefits', 'jobs', 'piecework']);
    const zhang = await (await resident(t, '13900000001')).get('/api/v1/me/data-export');
    expect(zhang.body.capabilities.jobs.profile).toMatchObject({
      school_hours_preset: expect.any(Boolean),
      discoverable: expect.any(Boolean),
    });
  });

  it('withdraws the label consent, which removes the labels it covered and keeps the rest, once', async () => {
    const c = await resident(t, '13900000001');
    const consents = await c.get('/api/v1/me/consents');
    const id = consents.body.items[0].id;
    const withdrawn = await c.post(`/api/v1/me/consents/${id}/withdraw`);
    expect(withdrawn.body.items[0].withdrawnAt).not.toBeNull();
    expect((await c.get('/api/v1/me/profile')).body.labels).toEqual(['mother']);
    // removing a label needs no consent
    expect((await c.patch('/api/v1/me/profile', { labels: [] })).body.labels).toEqual([]);
    const again = await c.post(`/api/v1/me/consents/${id}/withdraw`);
    expect(again.status).toBe(200);
    const audit = await t.adminQuery(
      `select count(*)::int n from audit_events where action = 'resident.consent_withdraw'`,
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it("cannot touch another resident's consent", async () => {
    const other = await resident(t, '13900000002');
    const { rows } = await t.adminQuery(
      `select c.id from consents c join residents r on r.id = c.resident_id where r.phone = '13900000001' limit 1`,
    );
    expect((await other.post(`/api/v1/me/consents/${rows[0].id}/withdraw`)).status).toBe(404);
  });

  it('closes the account: sign-in ends and the enterprise link goes; the street keeps the registry record; signing in again reopens it', async () => {
    const c = await resident(t, '13900000010'); // 窦金花, owner of a micro-factory
    expect((await c.get('/api/v1/me')).body.user.enterprises.length).toBeGreaterThan(0);
    expect((await c.post('/api/v1/me/close', {})).status).toBe(400);
    expect((await c.post('/api/v1/me/close', { confirm: true })).status).toBe(204);
    expect((await c.get('/api/v1/me')).status).toBe(401);

    const officer = await staff(t, 'fuxing01');
    expect((await officer.get('/api/v1/residents?q=13900000010')).body.total).toBe(1);

    const back = await resident(t, '13900000010');
    const me = await back.get('/api/v1/me');
    expect(me.body.user.displayName).toBe('窦金花');
    expect(me.body.user.enterprises.map((e: { name: string }) => e.name)).toContain('金花粉扑包装微工厂');
    const audit = await t.adminQuery(
      `select action from audit_events where action in ('account.close', 'account.reopen') order by id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['account.close', 'account.reopen']);
  });

  it('is for residents only', async () => {
    expect((await (await staff(t, 'wangguiling')).get('/api/v1/me/data-export')).status).toBe(403);
    expect((await new Client(t.app).get('/api/v1/me/data-export')).status).toBe(401);
  });
});
