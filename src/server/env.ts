/**
 * The process environment, checked once at start-up. Anything missing or
 * malformed stops the process with a message that names the variable.
 */
import { z } from 'zod';
import { readAliyunSmsConfig, type AliyunSmsConfig } from './platform/sms-aliyun';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** An external PostgreSQL ≥ 15; when absent the bundled server is started. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  BUNDLED_PG_PORT: z.coerce.number().int().default(54329),
  /** 32-byte keys, base64. Required in production; generated under DATA_DIR otherwise. */
  SESSION_SECRET: z.string().min(32).optional(),
  DATA_ENCRYPTION_KEY: z.string().optional(),
  BLIND_INDEX_KEY: z.string().optional(),
  /** Seed the demo street (珠海街道) into an empty database. Never in production. */
  DEMO: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /**
   * console: prints each message (development); memory: keeps them for tests and the demo; aliyun: Alibaba Cloud
   * SMS, configured by the ALIYUN_SMS_* variables (README). Only aliyun runs in production.
   */
  SMS_PROVIDER: z.enum(['console', 'memory', 'aliyun']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Env = Omit<z.infer<typeof schema>, 'SMS_PROVIDER'> & {
  demo: boolean;
  SMS_PROVIDER: 'console' | 'memory' | 'aliyun';
  /** Set when SMS_PROVIDER is aliyun. */
  aliyunSms: AliyunSmsConfig | null;
};

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means unset, as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  if (production && env.DEMO)
    throw new Error('Invalid environment:\n  DEMO: demo accounts are never seeded in production');
  if (production) {
    for (const key of ['SESSION_SECRET', 'DATA_ENCRYPTION_KEY', 'BLIND_INDEX_KEY'] as const) {
      if (!env[key]) throw new Error(`Invalid environment:\n  ${key}: required in production`);
    }
  }
  // The console and memory providers send nothing and put sign-in codes where anyone with the logs or the
  // demo outbox can read them: never in production.
  const smsProvider = env.SMS_PROVIDER ?? (production ? null : 'console');
  if (smsProvider === null || (production && smsProvider !== 'aliyun')) {
    throw new Error(
      `Invalid environment:\n  SMS_PROVIDER: ${smsProvider ? `'${smsProvider}' sends no SMS and is refused` : 'required'} in production; set SMS_PROVIDER=aliyun and the ALIYUN_SMS_* variables`,
    );
  }
  const aliyunSms = smsProvider === 'aliyun' ? readAliyunSmsConfig(present) : null;
  return { ...env, SMS_PROVIDER: smsProvider, aliyunSms, demo: env.DEMO ?? !production };
}
