/**
 * The process environment, checked once at start-up. Anything missing or
 * malformed stops the process with a message that names the variable.
 */
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
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
   * Who may read the API documentation at /api/docs (the page and its OpenAPI JSON/YAML):
   * `staff` — signed-in staff only (the default in production), `public` — anyone (the default
   * elsewhere), `off` — not served at all.
   */
  API_DOCS: z.enum(['staff', 'public', 'off']).optional(),
  /**
   * console: prints each message (development); memory: keeps them for tests and the demo; aliyun: Alibaba Cloud
   * SMS, configured by the ALIYUN_SMS_* variables (README). Only aliyun runs in production.
   */
  SMS_PROVIDER: z.enum(['console', 'memory', 'aliyun']).optional(),
  /**
   * Sign-in codes one network address may ask for in a day: a street whose residents sign in behind one
   * address (the office's Wi-Fi, a carrier's NAT) raises it.
   */
  SMS_CODES_PER_IP_PER_DAY: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /** App processes sharing the port (node:cluster); the machine's cores by default (docs/operations.md). */
  WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(() => availableParallelism()),
  /** Where `npm run db:backup` and the nightly backup write their dumps, and how many of them are kept. */
  BACKUP_DIR: z.string().default('./backups'),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
  /** `true`: the scheduler writes a backup every night (02:30 Asia/Shanghai). */
  BACKUP_NIGHTLY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** `true`: log every request; by default only failed (4xx, 5xx) and slow ones are. */
  LOG_REQUESTS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Behind a reverse proxy (README, "Behind a reverse proxy"): the proxies whose X-Forwarded-For and
   * X-Forwarded-Proto are believed. `true`: a proxy on this machine (loopback). Otherwise the proxies'
   * addresses, comma-separated: IPs, CIDR ranges, or `loopback`, `linklocal`, `uniquelocal`. The client
   * is then the last address in X-Forwarded-For that is not one of them (rate limits and the audit
   * trail use it), and the session cookie is Secure when the proxy says the request came over https.
   * Unset or `false`: forwarded headers are ignored and the socket's address is the client.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx) => {
      const trust = parseTrustProxy(v);
      if (trust === null) {
        ctx.addIssue({ code: 'custom', message: 'true, false, or the proxies’ addresses (e.g. 127.0.0.1,10.0.0.0/8)' });
        return z.NEVER;
      }
      return trust;
    }),
});

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Trust is given to addresses, never to "every hop" or a hop count: with either, a
 * client reaching the app directly could write its own X-Forwarded-For and pass as
 * anyone. `true` stays for the common install, nginx on the same machine.
 */
function parseTrustProxy(value: string): false | string | null {
  const v = value.trim().toLowerCase();
  if (v === 'false') return false;
  if (v === 'true') return 'loopback';
  const parts = v.split(',').map((p) => p.trim());
  const valid = parts.every((p) => {
    if (NAMED_RANGES.has(p)) return true;
    const [address, bits, extra] = p.split('/');
    if (extra !== undefined || !address || isIP(address) === 0) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
  });
  return valid ? parts.join(',') : null;
}

export type Env = Omit<z.infer<typeof schema>, 'SMS_PROVIDER'> & {
  demo: boolean;
  apiDocs: 'staff' | 'public' | 'off';
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
  return {
    ...env,
    SMS_PROVIDER: smsProvider,
    aliyunSms,
    demo: env.DEMO ?? !production,
    apiDocs: env.API_DOCS ?? (production ? 'staff' : 'public'),
  };
}
