/**
 * A fresh `weiye_bench` database: on the server DATABASE_URL names, or on the
 * bundled PostgreSQL started for the bench (data/bench-pg, port 54349, apart
 * from the app's and the tests' servers). Dropped and created again each run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startBundledPostgres, type BundledPostgres } from '../../src/server/db/bundled-postgres';
import { createDb, type Db } from '../../src/server/db/client';
import { withDatabase } from '../../src/server/db/open';

export const BENCH_DATABASE = 'weiye_bench';
/** Relative to the repository, wherever the bench is started from. */
export const BENCH_DATA_DIR = 'data/bench-pg';
const DATA_DIR = resolve(import.meta.dirname, '../..', BENCH_DATA_DIR);
export const BENCH_PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54349);

export interface BenchDatabase {
  db: Db;
  kind: 'bundled' | 'external';
  /** Where it is, for the report (no password). */
  where: string;
  serverVersion: string;
  /** Starts measuring the bundled server's CPU use; the function returned gives the ms used since. Null when it cannot be read (external server, not Linux). */
  startPostgresCpuMeter(): (() => number) | null;
  /**
   * Before a latency measure: a CHECKPOINT (the generated data written out),
   * then the tables and their indexes read into PostgreSQL's shared buffers
   * (pg_prewarm), as a serving database holds the rows it is asked for (see the
   * README's "Warm buffers"). Returns the MB read, or null when the
   * server has no pg_prewarm (the measure then runs on whatever is cached).
   */
  prewarm(tables: readonly string[]): Promise<number | null>;
  /** Drops the bench database (unless kept) and stops the bundled server. */
  close(options: { keep: boolean }): Promise<void>;
}

async function onAdmin<T>(adminUrl: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/** utime + stime (ms) of the postmaster and of each of its children (Linux /proc), by pid. */
function processTreeCpu(rootPid: number): Map<number, number> | null {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  const byPid = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // After the ")" that closes the command name: state, ppid, … utime and stime are the 12th and 13th fields.
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    if (pid !== rootPid && Number(after[1]) !== rootPid) continue;
    byPid.set(pid, (Number(after[11]) + Number(after[12])) * tick);
  }
  return byPid.size ? byPid : null;
}

/**
 * CPU (ms) the server's processes used since the meter started. Backends come
 * and go (the pool closes idle connections), so it is counted per process: one
 * that started meanwhile counts in full, one that ended meanwhile is lost
 * (they end after being idle, so little is).
 */
function cpuMeter(rootPid: number): (() => number) | null {
  const start = processTreeCpu(rootPid);
  if (!start) return null;
  return () => {
    let used = 0;
    for (const [pid, ms] of processTreeCpu(rootPid) ?? []) used += ms - (start.get(pid) ?? 0);
    return used;
  };
}

function postmasterPid(dataDir: string): number | null {
  try {
    return Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

/** The note a measure's row carries about its warm-up (what prewarm returned). */
export function warmNote(mb: number | null): string {
  return mb === null ? 'buffers not warmed (no pg_prewarm)' : `warm buffers: ${Math.round(mb)} MB read first`;
}

async function prewarm(url: string, tables: readonly string[]): Promise<number | null> {
  return onAdmin(url, async (c) => {
    // First the data just generated goes to disk (a database that has lived a while wrote it long ago), so the
    // measure does not share the disk with the checkpoint that would otherwise write it out meanwhile.
    await c.query('checkpoint').catch(() => undefined);
    try {
      await c.query('create extension if not exists pg_prewarm');
    } catch {
      return null;
    }
    const { rows } = await c.query<{ blocks: string }>(
      `select coalesce(sum(pg_prewarm(c.oid)), 0) as blocks from pg_class c
        where c.oid = any($1::regclass[]) or c.oid in (select indexrelid from pg_index where indrelid = any($1::regclass[]))`,
      [tables],
    );
    return (Number(rows[0]!.blocks) * 8) / 1024;
  });
}

export async function openBenchDatabase(databaseUrl: string | undefined): Promise<BenchDatabase> {
  let server: BundledPostgres | null = null;
  let adminUrl: string;
  let kind: 'bundled' | 'external';
  if (databaseUrl) {
    kind = 'external';
    // Connect to the named database to create ours, unless it names ours (one cannot drop the database one is in).
    adminUrl =
      new URL(databaseUrl).pathname === `/${BENCH_DATABASE}` ? withDatabase(databaseUrl, 'postgres') : databaseUrl;
  } else {
    kind = 'bundled';
    server = await startBundledPostgres({ dataDir: DATA_DIR, port: BENCH_PG_PORT });
    adminUrl = server.url;
  }
  try {
    await onAdmin(adminUrl, async (c) => {
      await c.query(`drop database if exists "${BENCH_DATABASE}" with (force)`);
      await c.query(`create database "${BENCH_DATABASE}"`);
    });
  } catch (err) {
    await server?.stop().catch(() => undefined);
    throw new Error(
      `Could not create a fresh ${BENCH_DATABASE} database on ${redact(adminUrl)} (the role needs CREATEDB): ${String(err)}`,
    );
  }
  const url = withDatabase(adminUrl, BENCH_DATABASE);
  // The app's pool size (main.ts opens its database with 20 connections).
  const db = createDb(url, 20);
  const serverVersion = await onAdmin(
    url,
    async (c) => (await c.query<{ server_version: string }>('show server_version')).rows[0]!.server_version,
  );
  const pid = kind === 'bundled' ? postmasterPid(DATA_DIR) : null;

  return {
    db,
    kind,
    where: kind === 'bundled' ? `${BENCH_DATA_DIR}, port ${new URL(adminUrl).port}` : redact(url),
    serverVersion,
    startPostgresCpuMeter: () => (pid ? cpuMeter(pid) : null),
    prewarm: (tables) => prewarm(url, tables),
    async close({ keep }) {
      await db.destroy().catch(() => undefined);
      if (!keep)
        await onAdmin(adminUrl, (c) => c.query(`drop database if exists "${BENCH_DATABASE}" with (force)`)).catch(
          () => undefined,
        );
      await server?.stop();
    },
  };
}
