import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resident, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { resolveAreaSetting } from '../../platform/area-settings';
import { LocalDiskStorage, storeUpload } from '../../platform/files';
import {
  deliverDueSms,
  notifyUsers,
  queueSms,
  SMS_MAX_ATTEMPTS,
  staffCoveringArea,
} from '../../platform/notifications';
import { MemorySmsProvider, type SmsMessage } from '../../platform/sms';

const t = useTestApp();

async function one(text: string, values: unknown[] = []) {
  return (await t.adminQuery(text, values)).rows[0];
}
const userId = async (username: string) =>
  (await one('select id from users where username = $1', [username])).id as number;
const areaId = async (name: string) => (await one('select id from areas where name = $1', [name])).id as number;

describe('notification inbox', () => {
  it('lists only my notices, counts unread, marks read idempotently', async () => {
    const me = await userId('fuxing01');
    const other = await userId('anyuan01');
    const text = { template: 'piecework.arrears.owner', params: { date: '2026-11-20', amount: '310.00' } } as const;
    const first = await notifyUsers(t.db, [me, me], { kind: 'test.notice', text, link: '/staff', dedupeKey: 'k1' });
    expect(first).toBe(1);
    expect(await notifyUsers(t.db, [me], { kind: 'test.notice', text, dedupeKey: 'k1' })).toBe(0);
    await notifyUsers(t.db, [other], {
      kind: 'test.notice',
      text: { template: 'jobs.report', params: { post: '别人的通知' } },
    });

    const c = await staff(t, 'fuxing01');
    const page = await c.get('/api/v1/notifications');
    expect(page.status).toBe(200);
    expect(page.body.items.map((n: { title: string; body: string }) => [n.title, n.body])).toEqual([
      ['2026-11-20 的工资尚未支付', '应付 310.00 元，请尽快支付'],
    ]);
    expect(page.body.unread).toBe(1);
    const id = page.body.items[0].id;
    expect((await c.post(`/api/v1/notifications/${id}/read`)).body.unread).toBe(0);
    const readAt = (await one('select read_at from notifications where id = $1', [id])).read_at;
    await c.post(`/api/v1/notifications/${id}/read`);
    expect((await one('select read_at from notifications where id = $1', [id])).read_at).toEqual(readAt);

    const othersId = (await one(`select id from notifications where title = '岗位被举报：别人的通知'`)).id;
    expect((await c.post(`/api/v1/notifications/${othersId}/read`)).status).toBe(404);
    expect((await (await resident(t, '13900000001')).get('/api/v1/notifications')).body.items).toEqual([]);
  });

  it("writes each notice in the reader's language, its parameters as given; an older notice shows what was stored", async () => {
    const me = await userId('wanggezhuang01');
    const status = { 'zh-CN': '已发放', en: 'paid' };
    await notifyUsers(t.db, [me], {
      kind: 'test.lang',
      text: { template: 'benefits.application', params: { policy: '创业补贴', status } },
      dedupeKey: 'lang1',
    });
    await notifyUsers(t.db, [me], {
      kind: 'test.lang',
      text: {
        template: 'piecework.arrears.staff',
        params: { factory: '金花粉扑', date: '2026-11-20', amount: '310.00', days: 5 },
      },
      dedupeKey: 'lang2',
    });
    await t.adminQuery(
      `insert into notifications (user_id, kind, title, body) values ($1, 'test.lang', '旧的通知', '旧的正文')`,
      [me],
    );
    // stored: the Chinese text, with the template and its parameters
    const stored = await one(`select title, template, params from notifications where dedupe_key = 'lang2'`);
    expect(stored).toEqual({
      title: '欠薪预警：金花粉扑 2026-11-20 工资未支付',
      template: 'piecework.arrears.staff',
      params: { factory: '金花粉扑', date: '2026-11-20', amount: '310.00', days: 5 },
    });

    const c = await staff(t, 'wanggezhuang01');
    const texts = async () =>
      (await c.get('/api/v1/notifications')).body.items.map((n: { title: string; body: string }) => [n.title, n.body]);
    const zh = await texts();
    expect(zh).toEqual([
      ['旧的通知', '旧的正文'],
      ['欠薪预警：金花粉扑 2026-11-20 工资未支付', '应付 310.00 元，已逾期 5 天'],
      ['创业补贴：已发放', ''],
    ]);
    expect((await c.patch('/api/v1/me/preferences', { locale: 'en' })).status).toBe(200);
    expect(await texts()).toEqual([
      ['旧的通知', '旧的正文'],
      ['Unpaid wages: 金花粉扑 has not paid for 2026-11-20', '¥310.00 due, 5 days overdue'],
      ['创业补贴: paid', ''],
    ]);
  });

  it('finds the officers who cover an area: its community officer and the street officers, not other communities', async () => {
    const ids = await staffCoveringArea(t.db, await areaId('复兴社区B区'), ['community_officer', 'street_officer']);
    const names = (
      await t.adminQuery('select username from users where id = any($1) order by username', [ids])
    ).rows.map((r) => r.username);
    expect(names).toEqual(['fuxing01', 'liuyan', 'wangguiling']);
  });
});

describe('SMS outbox', () => {
  it('sends once per dedupe key and retries a failing provider with back-off, then gives up', async () => {
    await queueSms(t.db, {
      phone: '13900000001',
      template: 'login_code',
      params: { code: '123456' },
      dedupeKey: 'sms-a',
    });
    await queueSms(t.db, {
      phone: '13900000001',
      template: 'login_code',
      params: { code: '123456' },
      dedupeKey: 'sms-a',
    });
    const ok = new MemorySmsProvider();
    expect(await deliverDueSms(t.db, ok)).toEqual({ sent: 1, failed: 0 });
    expect(ok.outbox).toHaveLength(1);
    expect(await deliverDueSms(t.db, ok)).toEqual({ sent: 0, failed: 0 });

    const broken = {
      name: 'broken',
      send: async (_m: SmsMessage) => {
        throw new Error('vendor down');
      },
    };
    await queueSms(t.db, { phone: '13900000002', template: 'login_code', params: { code: '654321' } });
    expect(await deliverDueSms(t.db, broken)).toEqual({ sent: 0, failed: 1 });
    const row = await one(
      `select attempts, status, next_attempt_at > now() as later from sms_outbox where phone = '13900000002'`,
    );
    expect(row).toEqual({ attempts: 1, status: 'pending', later: true });
    for (let i = 1; i < SMS_MAX_ATTEMPTS; i++) {
      await t.adminQuery(`update sms_outbox set next_attempt_at = now() where phone = '13900000002'`);
      await deliverDueSms(t.db, broken);
    }
    expect(await one(`select attempts, status, last_error from sms_outbox where phone = '13900000002'`)).toEqual({
      attempts: SMS_MAX_ATTEMPTS,
      status: 'failed',
      last_error: 'vendor down',
    });
  });
});

describe('area settings', () => {
  it('a community officer reads the effective values; only a street officer sets them; the nearest area wins', async () => {
    const fuxing = await areaId('复兴社区');
    const compound = await areaId('复兴社区B区');
    const co = await staff(t, 'fuxing01');
    const read = await co.get(`/api/v1/areas/${fuxing}/settings`);
    expect(read.status).toBe(200);
    expect(read.body.settings.find((s: { key: string }) => s.key === 'arrears_alert_days')).toMatchObject({
      value: 3,
      source: 'default',
    });
    expect((await co.put(`/api/v1/areas/${fuxing}/settings/arrears_alert_days`, { value: 5 })).status).toBe(403);

    const so = await staff(t, 'wangguiling');
    const bad = await so.put(`/api/v1/areas/${fuxing}/settings/min_hourly_wage_fen`, { value: '二十二元' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('value');
    expect((await so.put(`/api/v1/areas/${fuxing}/settings/min_hourly_wage_fen`, { value: 2400 })).status).toBe(200);
    expect((await resolveAreaSetting(t.db, compound, 'min_hourly_wage_fen')).value).toBe(2400);
    expect((await resolveAreaSetting(t.db, await areaId('安远路社区'), 'min_hourly_wage_fen')).value).toBe(2200);
    expect(
      (await one(`select after from audit_events where action = 'area.setting' order by id desc limit 1`)).after,
    ).toEqual({ key: 'min_hourly_wage_fen', value: 2400 });
    // outside the officer's scope: not found
    expect((await co.get(`/api/v1/areas/${await areaId('安远路社区')}/settings`)).status).toBe(404);
  });
});

describe('file storage', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  it('keeps a PDF with its hash and refuses a script named .pdf, naming the field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'weiye-files-'));
    dirs.push(dir);
    const storage = new LocalDiskStorage(dir);
    const owner = await userId('fuxing01');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n');
    const stored = await storeUpload(t.db, storage, {
      ownerUserId: owner,
      purpose: 'test',
      originalName: '营业执照.pdf',
      data: pdf,
    });
    expect(stored).toMatchObject({ mime: 'application/pdf', sizeBytes: pdf.length, originalName: '营业执照.pdf' });
    const key = (await one('select storage_key from files where id = $1', [stored.id])).storage_key;
    expect(await storage.get(key)).toEqual(pdf);
    await expect(
      storeUpload(t.db, storage, {
        ownerUserId: owner,
        purpose: 'test',
        originalName: 'x.pdf',
        data: Buffer.from('#!/bin/sh\n'),
      }),
    ).rejects.toMatchObject({ field: 'file', problem: 'file_type' });
    await expect(
      storeUpload(t.db, storage, {
        ownerUserId: owner,
        purpose: 'test',
        originalName: 'big.pdf',
        data: Buffer.concat([pdf, Buffer.alloc(2048)]),
        maxBytes: 1024,
      }),
    ).rejects.toMatchObject({ problem: 'file_too_large' });
  });
});
