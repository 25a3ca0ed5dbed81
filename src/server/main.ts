/**
 * Process entry: read the environment, open the database (bundled or
 * external), migrate, seed the demo street into an empty database, listen.
 */
import { sql } from 'kysely';
import { buildApp } from './app';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_STAFF, seedDemoStreet } from './db/seed/demo-street';
import { openDatabase } from './db/open';
import { isDatabaseUnavailable } from './db/unavailable';
import { readEnv } from './env';
import { createFieldCipher } from './platform/crypto';
import { loadSecrets } from './platform/secrets';
import { backgroundTasks } from './background-tasks';
import { startScheduler } from './platform/scheduler';
import { ConsoleSmsProvider, MemorySmsProvider, type SmsProvider } from './platform/sms';
import { AliyunSmsProvider, logSmsFailures } from './platform/sms-aliyun';

async function main() {
  const env = readEnv();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const database = await openDatabase(env, {
    log: env.LOG_LEVEL === 'debug' ? say : () => undefined,
    notice: (line) => process.stderr.write(`${line}\n`),
    supervise: true,
  });
  const secrets = loadSecrets(env);
  const cipher = createFieldCipher(secrets);

  const { n } = await database.db
    .selectFrom('areas')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  if (n === 0 && env.demo) {
    say('Seeding the demo street (珠海街道)…');
    await seedDemoStreet(database.db, cipher);
  } else if (n === 0) {
    say('The database is empty and demo data is off (production): add areas and accounts before use.');
  }

  // readEnv has refused console and memory in production, and checked the vendor's variables.
  const sms: SmsProvider = env.aliyunSms
    ? new AliyunSmsProvider(env.aliyunSms)
    : env.SMS_PROVIDER === 'memory'
      ? new MemorySmsProvider()
      : new ConsoleSmsProvider();
  const app = await buildApp({
    db: database.db,
    env,
    cipher,
    sms,
    sessionSecret: secrets.sessionSecret,
    databaseKind: database.kind,
  });

  if (sms instanceof AliyunSmsProvider) logSmsFailures(sms, app.log);

  // A run that fails while the database is away is tried again at the task's next tick.
  const stopTasks = startScheduler(database.db, backgroundTasks({ sms }), (task, err) =>
    isDatabaseUnavailable(err)
      ? app.log.warn(`background task ${task} not run: the database is unavailable`)
      : app.log.error({ err }, `background task ${task} failed`),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping…`);
    database.endSupervision(); // the bundled server stops now on purpose
    stopTasks();
    await app.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: env.PORT, host: env.HOST });
  const base = `http://localhost:${env.PORT}`;
  say('');
  say(`社区微业 is running at ${base}  (database: ${database.kind})`);
  say(`  resident / employer app  ${base}/`);
  say(`  staff console            ${base}/staff`);
  say(`  API documentation        ${base}/api/docs`);
  if (env.demo) {
    say('');
    say(`Demo sign-in (demo mode only). Staff password for every account: ${DEMO_PASSWORD}`);
    for (const s of DEMO_STAFF) say(`  ${s.username.padEnd(16)} ${s.name}（${s.role}${s.area ? ` · ${s.area}` : ''}）`);
    say('Residents and employers sign in with a phone number; the SMS code is printed here as [sms → …]:');
    for (const p of DEMO_PEOPLE) say(`  ${p.phone}  ${p.name}`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
