/**
 * An environment that passes production's start-up checks: fresh keys and an SMS vendor configured
 * (pointing nowhere). The app under test is still handed its own SMS provider through its deps.
 */
import { randomBytes } from 'node:crypto';
import { readEnv, type Env } from '../../src/server/env';

export function productionEnv(overrides: Record<string, string | undefined> = {}): Env {
  const key = () => randomBytes(32).toString('base64');
  return readEnv({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: key(),
    DATA_ENCRYPTION_KEY: key(),
    BLIND_INDEX_KEY: key(),
    SMS_PROVIDER: 'aliyun',
    ALIYUN_SMS_ACCESS_KEY_ID: 'test',
    ALIYUN_SMS_ACCESS_KEY_SECRET: 'test',
    ALIYUN_SMS_SIGN_NAME: '社区微业',
    ALIYUN_SMS_TEMPLATE_LOGIN_CODE: 'SMS_0',
    ALIYUN_SMS_ENDPOINT: 'http://127.0.0.1:9',
    ...overrides,
  });
}
