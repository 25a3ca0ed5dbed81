/**
 * Sign-in by SMS in production, through the Alibaba Cloud adapter and a local
 * fake of its endpoint: the vendor's answers become ours, and no log line and
 * nothing written to stdout or stderr holds a sign-in code or a full phone.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeAliyunSms, type FakeAliyunSms } from '../../../../tests/support/fake-aliyun-sms';
import { Client } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { buildApp } from '../../app';
import { readEnv } from '../../env';
import { deliverDueSms, queueSms } from '../../platform/notifications';
import { AliyunSmsProvider, logSmsFailures } from '../../platform/sms-aliyun';

const t = useTestApp();
let fake: FakeAliyunSms;
let app: FastifyInstance;
let provider: AliyunSmsProvider;
const logLines: string[] = [];
const written: string[] = [];

const PHONES = {
  ok: '13600000201',
  invalid: '13600000202',
  down: '13600000203',
  limited: '13600000204',
  notice: '13600000205',
};

beforeAll(async () => {
  fake = await startFakeAliyunSms();
  const env = readEnv({
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    LOG_REQUESTS: 'true', // every request's line, so the check below reads them all
    SESSION_SECRET: randomBytes(32).toString('base64'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    SMS_PROVIDER: 'aliyun',
    ALIYUN_SMS_ACCESS_KEY_ID: fake.accessKeyId,
    ALIYUN_SMS_ACCESS_KEY_SECRET: fake.accessKeySecret,
    ALIYUN_SMS_SIGN_NAME: '社区微业',
    ALIYUN_SMS_TEMPLATE_LOGIN_CODE: 'SMS_480001',
    ALIYUN_SMS_TEMPLATE_BENEFIT_AWARD: 'SMS_480002',
    ALIYUN_SMS_ENDPOINT: fake.url,
  });
  provider = new AliyunSmsProvider(env.aliyunSms!, { retryDelayMs: 10 });
  app = await buildApp({
    db: t.db,
    env,
    cipher: t.cipher,
    sms: provider,
    sessionSecret: randomBytes(32).toString('hex'),
    databaseKind: 'bundled',
    rateLimits: false,
    logStream: new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  });
  logSmsFailures(provider, app.log);
  await app.ready();
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      written.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write);
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await app?.close();
  await fake?.close();
});

const askCode = (phone: string) => new Client(app).post('/api/v1/auth/sms-code', { phone });
const codesSent = () => fake.received.map((r) => r.params.code).filter((c): c is string => !!c);

describe('SMS sign-in in production', () => {
  it('signs in with the code the vendor delivered', async () => {
    expect((await askCode(PHONES.ok)).status).toBe(202);
    const code = fake.received.at(-1)!.params.code!;
    expect(fake.received.at(-1)).toMatchObject({ phone: PHONES.ok, templateCode: 'SMS_480001' });
    const c = new Client(app);
    const wrong = code === '000000' ? '111111' : '000000';
    expect((await c.post('/api/v1/auth/login', { phone: PHONES.ok, code: wrong })).status).toBe(401);
    expect((await c.post('/api/v1/auth/login', { phone: PHONES.ok, code })).status).toBe(200);
  });

  it('answers the vendor’s refusals in our words, and a code that was never sent can be asked for again', async () => {
    fake.script(PHONES.invalid, [{ status: 200, body: { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号' } }]);
    const invalid = await askCode(PHONES.invalid);
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'phone' }] });

    fake.script(PHONES.limited, [
      { status: 200, body: { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发小时级流控Permits:5' } },
    ]);
    expect((await askCode(PHONES.limited)).body.error.code).toBe('RATE_LIMITED');

    const down = { status: 500, body: { Code: 'InternalError', Message: 'The request processing has failed.' } };
    fake.script(PHONES.down, [down, down, down]);
    const failed = await askCode(PHONES.down);
    expect(failed.status).toBe(503);
    expect(failed.body.error).toEqual({ code: 'SMS_SEND_FAILED', message: '短信暂时无法发送，请稍后再试' });
    const { rows } = await t.adminQuery(`select count(*)::int n from sms_codes where phone = $1`, [PHONES.down]);
    expect(rows[0].n).toBe(0);
    // no resend wait for a code nobody received
    expect((await askCode(PHONES.down)).status).toBe(202);

    const warnings = logLines.filter((l) => l.includes('SMS not sent')).map((l) => JSON.parse(l));
    expect(warnings.map((w) => w.sms.vendorCode)).toEqual(
      expect.arrayContaining(['isv.MOBILE_NUMBER_ILLEGAL', 'isv.BUSINESS_LIMIT_CONTROL', 'InternalError']),
    );
  });

  it('gives up on an outbox message at once when the number is invalid, and retries a vendor failure later', async () => {
    fake.script(PHONES.notice, [
      { status: 200, body: { Code: 'isp.SYSTEM_ERROR', Message: 'isp.SYSTEM_ERROR' } },
      { status: 200, body: { Code: 'isp.SYSTEM_ERROR', Message: 'isp.SYSTEM_ERROR' } },
      { status: 200, body: { Code: 'isp.SYSTEM_ERROR', Message: 'isp.SYSTEM_ERROR' } },
      { status: 200, body: { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号' } },
    ]);
    const params = { name: '张丽', policy: '灵活就业社保补贴', amount: '1200' };
    await queueSms(t.db, { phone: PHONES.notice, template: 'benefit_award', params, dedupeKey: 'award-1' });
    expect(await deliverDueSms(t.db, provider)).toEqual({ sent: 0, failed: 1 });
    const pending = await t.adminQuery(`select status, attempts, last_error from sms_outbox where phone = $1`, [
      PHONES.notice,
    ]);
    expect(pending.rows[0]).toMatchObject({ status: 'pending', attempts: 1 });
    expect(pending.rows[0].last_error).toContain('isp.SYSTEM_ERROR');

    await t.adminQuery(`update sms_outbox set next_attempt_at = now() where phone = $1`, [PHONES.notice]);
    expect(await deliverDueSms(t.db, provider)).toEqual({ sent: 0, failed: 1 });
    const failed = await t.adminQuery(`select status, attempts, last_error from sms_outbox where phone = $1`, [
      PHONES.notice,
    ]);
    expect(failed.rows[0]).toMatchObject({ status: 'failed', attempts: 2 });
    expect(failed.rows[0].last_error).toContain('isv.MOBILE_NUMBER_ILLEGAL');
  });

  it('never writes a sign-in code or a full phone number to the log, stdout or stderr', () => {
    const codes = codesSent();
    expect(codes.length).toBeGreaterThanOrEqual(2);
    expect(logLines.length).toBeGreaterThan(10);
    const everything = [...logLines, ...written].join('\n');
    for (const phone of Object.values(PHONES)) expect(everything).not.toContain(phone);
    for (const code of codes) expect(everything).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`));
  });
});
