import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAliyunSms, type FakeAliyunSms } from '../../../tests/support/fake-aliyun-sms';
import { readEnv } from '../env';
import { AliyunSmsProvider, readAliyunSmsConfig, type AliyunSmsConfig, type SmsFailureReport } from './sms-aliyun';
import { renderSms, SmsSendError } from './sms';

let fake: FakeAliyunSms;
let config: AliyunSmsConfig;

beforeAll(async () => {
  fake = await startFakeAliyunSms();
  config = {
    accessKeyId: fake.accessKeyId,
    accessKeySecret: fake.accessKeySecret,
    signName: '社区微业',
    templates: { login_code: 'SMS_480001', benefit_award: 'SMS_480002' },
    endpoint: fake.url,
    timeoutMs: 2_000,
    retries: 2,
  };
});
afterAll(() => fake.close());

const loginCode = (phone: string, code = '204816') => ({
  phone,
  template: 'login_code',
  params: { code },
  text: renderSms('login_code', { code }),
});

function provider(
  overrides: Partial<AliyunSmsConfig> = {},
  options: ConstructorParameters<typeof AliyunSmsProvider>[1] = {},
) {
  const reports: SmsFailureReport[] = [];
  const p = new AliyunSmsProvider({ ...config, ...overrides }, { retryDelayMs: 10, ...options });
  p.onFailure = (r) => reports.push(r);
  return { p, reports };
}

async function failure(promise: Promise<unknown>): Promise<SmsSendError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SmsSendError);
  return err as SmsSendError;
}

const sentTo = (phone: string) => fake.received.filter((r) => r.phone === phone);

describe('Alibaba Cloud SMS adapter', () => {
  it('sends a SendSms request the vendor accepts: signed, with the sign name, template code and parameters', async () => {
    const { p, reports } = provider();
    await p.send(loginCode('13700000101'));
    expect(sentTo('13700000101')).toEqual([
      {
        phone: '13700000101',
        signName: '社区微业',
        templateCode: 'SMS_480001',
        params: { code: '204816' },
        nonce: expect.any(String),
      },
    ]);
    expect(reports).toEqual([]);
  });

  it('is refused by the vendor when the signature is made with another secret, or the query changes on the way', async () => {
    const wrongSecret = provider({ accessKeySecret: 'not-the-secret', retries: 0 }).p;
    const err = await failure(wrongSecret.send(loginCode('13700000102', '771204')));
    expect(err).toMatchObject({ kind: 'rejected', vendorCode: 'SignatureDoesNotMatch', retryable: false });
    // the vendor's message quotes what it signed: no phone or code survives into ours
    expect(err.message).not.toMatch(/13700000102|771204/);
    expect(err.message).toContain('SignatureDoesNotMatch');

    const tampered = provider(
      { retries: 0 },
      { fetch: (url, init) => fetch(String(url).replace('13700000103', '13700000104'), init) },
    ).p;
    expect((await failure(tampered.send(loginCode('13700000103')))).vendorCode).toBe('SignatureDoesNotMatch');
    expect(sentTo('13700000104')).toEqual([]);

    const oldClock = provider({ retries: 0 }, { now: () => new Date(Date.now() - 20 * 60_000) }).p;
    expect((await failure(oldClock.send(loginCode('13700000105')))).vendorCode).toBe('InvalidTimeStamp.Expired');
  });

  it('maps the vendor codes to ours and does not retry what a retry cannot mend', async () => {
    const cases = [
      ['13700000111', 'isv.MOBILE_NUMBER_ILLEGAL', '非法手机号', 'invalid_number', false],
      ['13700000112', 'isv.BUSINESS_LIMIT_CONTROL', '触发分钟级流控Permits:1', 'rate_limited', true],
      ['13700000113', 'isv.AMOUNT_NOT_ENOUGH', '账户余额不足', 'account', false],
      ['13700000114', 'isv.OUT_OF_SERVICE', '业务停机', 'account', false],
      ['13700000115', 'isv.SMS_TEMPLATE_ILLEGAL', '模板不合法', 'rejected', false],
    ] as const;
    for (const [phone, code, message, kind, retryable] of cases) {
      fake.script(phone, [{ status: 200, body: { Code: code, Message: message } }]);
      const { p, reports } = provider();
      const err = await failure(p.send(loginCode(phone)));
      expect(err, code).toMatchObject({ kind, vendorCode: code, retryable });
      expect(err.requestId).toEqual(expect.any(String));
      // sent once: only the vendor's own failures are tried again at once
      expect(sentTo(phone), code).toHaveLength(1);
      expect(reports, code).toEqual([
        { template: 'login_code', attempt: 1, kind, vendorCode: code, requestId: err.requestId, willRetry: false },
      ]);
    }
  });

  it('tries again, with a fresh nonce, after the vendor’s own error or a timeout, and gives up after its retries', async () => {
    fake.script('13700000121', [
      { status: 200, body: { Code: 'isp.SYSTEM_ERROR', Message: 'isp.SYSTEM_ERROR' } },
      {
        status: 503,
        body: { Code: 'ServiceUnavailable', Message: 'The request has failed due to a temporary failure' },
      },
    ]);
    const { p, reports } = provider();
    await p.send(loginCode('13700000121'));
    const tries = sentTo('13700000121');
    expect(tries).toHaveLength(3);
    expect(new Set(tries.map((t) => t.nonce)).size).toBe(3);
    expect(reports.map((r) => [r.kind, r.willRetry])).toEqual([
      ['unavailable', true],
      ['unavailable', true],
    ]);

    fake.script('13700000122', [{ hangMs: 3_000 }, { hangMs: 3_000 }, { hangMs: 3_000 }]);
    const slow = provider({ timeoutMs: 300 });
    const started = Date.now();
    const err = await failure(slow.p.send(loginCode('13700000122')));
    expect(err).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(err.message).toContain('timed out');
    expect(sentTo('13700000122')).toHaveLength(3);
    // three tries of 300 ms and two short pauses, not three of the vendor's 3 s
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('answers an unreachable vendor as unavailable, and a kind without a template code as a configuration error', async () => {
    const down = provider({ endpoint: 'http://127.0.0.1:9', retries: 1 });
    expect(await failure(down.p.send(loginCode('13700000131')))).toMatchObject({ kind: 'unavailable' });
    expect(down.reports).toHaveLength(2);

    const err = await failure(
      provider().p.send({ phone: '13700000132', template: 'jobs_application_update', params: {}, text: '' }),
    );
    expect(err).toMatchObject({ kind: 'rejected', retryable: false });
    expect(err.message).toContain('ALIYUN_SMS_TEMPLATE_JOBS_APPLICATION_UPDATE');
    expect(sentTo('13700000132')).toEqual([]);
  });
});

describe('configuration', () => {
  const vars = {
    ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI-x',
    ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret',
    ALIYUN_SMS_SIGN_NAME: '社区微业',
    ALIYUN_SMS_TEMPLATE_LOGIN_CODE: 'SMS_1',
  };

  it('reads a template code per kind of message, and defaults the endpoint, timeout and retries', () => {
    expect(readAliyunSmsConfig({ ...vars, ALIYUN_SMS_TEMPLATE_BENEFIT_AWARD: 'SMS_2' })).toEqual({
      accessKeyId: 'LTAI-x',
      accessKeySecret: 'secret',
      signName: '社区微业',
      templates: { login_code: 'SMS_1', benefit_award: 'SMS_2' },
      endpoint: 'https://dysmsapi.aliyuncs.com',
      timeoutMs: 5000,
      retries: 2,
    });
  });

  it('names each missing or malformed variable', () => {
    expect(() => readAliyunSmsConfig({ ...vars, ALIYUN_SMS_ACCESS_KEY_SECRET: undefined })).toThrow(
      /ALIYUN_SMS_ACCESS_KEY_SECRET: required/,
    );
    expect(() => readAliyunSmsConfig({ ...vars, ALIYUN_SMS_TEMPLATE_LOGIN_CODE: undefined })).toThrow(
      /ALIYUN_SMS_TEMPLATE_LOGIN_CODE/,
    );
    expect(() => readAliyunSmsConfig({ ...vars, ALIYUN_SMS_ENDPOINT: 'ftp://x' })).toThrow(/ALIYUN_SMS_ENDPOINT/);
  });
});

describe('the environment in production', () => {
  const production = {
    NODE_ENV: 'production',
    SESSION_SECRET: 'x'.repeat(44),
    DATA_ENCRYPTION_KEY: 'k',
    BLIND_INDEX_KEY: 'k',
  };

  it('refuses the console and memory providers, and a missing SMS_PROVIDER, naming it', () => {
    for (const SMS_PROVIDER of ['console', 'memory', undefined]) {
      expect(() => readEnv({ ...production, SMS_PROVIDER }), String(SMS_PROVIDER)).toThrow(/SMS_PROVIDER/);
    }
  });

  it('starts with the Alibaba Cloud provider once its variables are set, and names the first one missing', () => {
    expect(() => readEnv({ ...production, SMS_PROVIDER: 'aliyun' })).toThrow(/ALIYUN_SMS_ACCESS_KEY_ID/);
    const env = readEnv({
      ...production,
      SMS_PROVIDER: 'aliyun',
      ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI-x',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret',
      ALIYUN_SMS_SIGN_NAME: '社区微业',
      ALIYUN_SMS_TEMPLATE_LOGIN_CODE: 'SMS_1',
    });
    expect(env.SMS_PROVIDER).toBe('aliyun');
    expect(env.aliyunSms?.templates.login_code).toBe('SMS_1');
  });

  it('keeps the console provider the default outside production', () => {
    expect(readEnv({ NODE_ENV: 'development' }).SMS_PROVIDER).toBe('console');
    expect(readEnv({ NODE_ENV: 'test', SMS_PROVIDER: 'memory' }).aliyunSms).toBeNull();
  });
});
