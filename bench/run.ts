/**
 * `npm run bench`: generate data at the scale the flags ask for into a fresh
 * database, start the real app on a local port, run the benchmarks, print
 * where it ran and a table of median / p99 / throughput, and write the same
 * to bench/results/latest.json. It measures; it never asserts a time.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedDemoStreet } from '../src/server/db/seed/demo-street';
import { readEnv } from '../src/server/env';
import { createFieldCipher } from '../src/server/platform/crypto';
import { MemorySmsProvider } from '../src/server/platform/sms';
import { benchmarks } from './benchmarks';
import { BENCH_DATABASE, BENCH_PG_PORT, openBenchDatabase, type BenchDatabase } from './lib/database';
import { generateData } from './lib/generate';
import { describeEnvironment, header, table, writeJson, type RunResult } from './lib/report';
import type { BenchContext, Benchmark, BenchRow, LoadOptions } from './lib/types';

const RESULTS_FILE = resolve(import.meta.dirname, 'results/latest.json');

const DEFAULT_LOAD: LoadOptions = { durationS: 10, warmupS: 2, connections: 16 };

/** "10; mixed-load 60": the run's default and each benchmark's own. */
function loadDefault(key: keyof LoadOptions): string {
  const own = benchmarks.flatMap((b) =>
    b.defaultLoad?.[key] === undefined ? [] : [`${b.name} ${b.defaultLoad[key]}`],
  );
  return [String(DEFAULT_LOAD[key]), ...own].join('; ');
}

const USAGE = `Usage: npm run bench -- [flags]

  --residents N     residents to generate            (default 50000)
  --enterprises N   enterprises to generate          (default 2000)
  --scale F         factor on each capability's own data (default 1 = its issue's scale)
  --duration S      seconds measured per row         (default ${loadDefault('durationS')})
  --warmup S        seconds run first, not recorded  (default ${loadDefault('warmupS')})
  --connections N   concurrent keep-alive connections (default ${loadDefault('connections')})
  --only NAME       run only this benchmark (repeat, or comma-separate, for several)
  --keep            keep the ${BENCH_DATABASE} database afterwards (to inspect it)
  --help            this text

The database: the server DATABASE_URL names (a database ${BENCH_DATABASE} is dropped
and created on it), else the bundled PostgreSQL under data/bench-pg on port ${BENCH_PG_PORT}.

Benchmarks:
${benchmarks.map((b) => `  ${b.name.padEnd(16)} ${b.description}`).join('\n')}
`;

interface Flags {
  residents: number;
  enterprises: number;
  scaleFactor: number;
  /** The load flags given on the command line; the rest come from the benchmark's or the run's defaults. */
  load: Partial<LoadOptions>;
  only: string[];
  keep: boolean;
  help: boolean;
}

/** A mistake in the flags: printed without a stack trace. */
class UsageError extends Error {}

function parseFlags(argv: string[]): Flags {
  try {
    return readFlags(argv);
  } catch (err) {
    throw new UsageError(
      `${err instanceof Error ? err.message : String(err)}\n(npm run bench -- --help lists the flags)`,
    );
  }
}

function readFlags(argv: string[]): Flags {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      residents: { type: 'string', default: '50000' },
      enterprises: { type: 'string', default: '2000' },
      scale: { type: 'string', default: '1' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      only: { type: 'string', multiple: true },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const number = (name: string, raw: string, { min, integer }: { min: number; integer: boolean }) => {
    const v = Number(raw);
    if (!Number.isFinite(v) || v < min || (integer && !Number.isInteger(v))) {
      throw new Error(`--${name} must be ${integer ? 'an integer' : 'a number'} ≥ ${min}, not "${raw}"`);
    }
    return v;
  };
  return {
    residents: number('residents', values.residents, { min: 0, integer: true }),
    enterprises: number('enterprises', values.enterprises, { min: 0, integer: true }),
    scaleFactor: number('scale', values.scale, { min: 0.0001, integer: false }),
    load: {
      ...(values.duration === undefined
        ? {}
        : { durationS: number('duration', values.duration, { min: 0.1, integer: false }) }),
      ...(values.warmup === undefined ? {} : { warmupS: number('warmup', values.warmup, { min: 0, integer: false }) }),
      ...(values.connections === undefined
        ? {}
        : { connections: number('connections', values.connections, { min: 1, integer: true }) }),
    },
    only: (values.only ?? [])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
    keep: values.keep,
    help: values.help,
  };
}

const progress = (line: string) => process.stderr.write(`${line}\n`);
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.help) {
    say(USAGE);
    return;
  }
  const unknown = flags.only.filter((name) => !benchmarks.some((b) => b.name === name));
  if (unknown.length)
    throw new UsageError(
      `No benchmark named ${unknown.join(', ')}. There are: ${benchmarks.map((b) => b.name).join(', ')}`,
    );
  const selected = flags.only.length ? benchmarks.filter((b) => flags.only.includes(b.name)) : benchmarks;

  // Undone in reverse order, on success, on error and on Ctrl-C.
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    while (cleanups.length) await cleanups.pop()!().catch((err: unknown) => progress(`cleanup: ${String(err)}`));
  };
  process.once('SIGINT', () => {
    progress('Interrupted: stopping…');
    void cleanUp().finally(() => process.exit(130));
  });

  try {
    // Throwaway keys: the data lives only for this run.
    const keys = {
      sessionSecret: randomBytes(32).toString('base64url'),
      dataKey: randomBytes(32),
      blindIndexKey: randomBytes(32),
    };
    const cipher = createFieldCipher(keys);

    const databaseUrl = process.env.DATABASE_URL;
    progress(
      databaseUrl
        ? `Creating a fresh ${BENCH_DATABASE} database on DATABASE_URL's server…`
        : `Starting the bundled PostgreSQL (data/bench-pg, port ${BENCH_PG_PORT})…`,
    );
    const database: BenchDatabase = await openBenchDatabase(databaseUrl || undefined);
    cleanups.push(() => database.close({ keep: flags.keep }));
    await migrateToLatest(database.db);
    await seedDemoStreet(database.db, cipher, { residents: 0 });

    progress(
      `Generating ${flags.residents.toLocaleString('en')} residents and ${flags.enterprises.toLocaleString('en')} enterprises…`,
    );
    const scale = await generateData(database.db, cipher, {
      residents: flags.residents,
      enterprises: flags.enterprises,
      log: progress,
    });
    progress(`  done in ${scale.seconds.toFixed(1)} s; VACUUM ANALYZE ${scale.analyseSeconds.toFixed(1)} s`);

    const sms = new MemorySmsProvider();
    const app: FastifyInstance = await buildApp({
      db: database.db,
      env: readEnv({
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        // The bench hands the app its own memory outbox (deps.sms below), which production refuses at
        // start-up; the environment only has to pass production's checks, so it names the vendor.
        SMS_PROVIDER: 'aliyun',
        ALIYUN_SMS_ACCESS_KEY_ID: 'bench',
        ALIYUN_SMS_ACCESS_KEY_SECRET: 'bench',
        ALIYUN_SMS_SIGN_NAME: '社区微业',
        ALIYUN_SMS_TEMPLATE_LOGIN_CODE: 'SMS_0',
        ALIYUN_SMS_ENDPOINT: 'http://127.0.0.1:9',
        DEMO: 'false',
        SESSION_SECRET: keys.sessionSecret,
        DATA_ENCRYPTION_KEY: keys.dataKey.toString('base64'),
        BLIND_INDEX_KEY: keys.blindIndexKey.toString('base64'),
      }),
      cipher,
      sms,
      sessionSecret: keys.sessionSecret,
      databaseKind: database.kind,
      rateLimits: false,
    });
    cleanups.push(() => app.close());
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;

    const ctx: BenchContext = {
      db: database.db,
      cipher,
      sms,
      baseUrl: `http://127.0.0.1:${port}`,
      databaseKind: database.kind,
      scale: { residents: flags.residents, enterprises: flags.enterprises },
      scaleFactor: flags.scaleFactor,
      load: { ...DEFAULT_LOAD, ...flags.load },
      startPostgresCpuMeter: database.startPostgresCpuMeter,
      prewarm: database.prewarm,
      log: progress,
    };
    const environment = describeEnvironment({
      kind: database.kind,
      where: database.where,
      serverVersion: database.serverVersion,
      name: BENCH_DATABASE,
    });

    const loadOf = (b: Benchmark): LoadOptions => ({ ...DEFAULT_LOAD, ...b.defaultLoad, ...flags.load });
    const rows: (BenchRow & { benchmark: string })[] = [];
    for (const b of selected) {
      progress(`Running ${b.name}…`);
      for (const r of await b.run({ ...ctx, load: loadOf(b) })) rows.push({ benchmark: b.name, ...r });
    }
    const loads = selected.map((b) => ({ name: b.name, load: loadOf(b) }));

    const result: RunResult = {
      environment,
      scale,
      load: { ...ctx.load, generator: 'closed loop, node:http keep-alive Agent, in a child process' },
      benchmarks: selected.map((b) => ({ name: b.name, description: b.description, load: loadOf(b) })),
      rows,
    };
    say('');
    say(header(environment, scale, loads));
    say('');
    say(table(rows));
    say('');
    writeJson(RESULTS_FILE, result);
    say(`Written to ${RESULTS_FILE}`);
  } finally {
    await cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const text =
      err instanceof UsageError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`bench failed: ${text}\n`);
    process.exit(1);
  },
);
