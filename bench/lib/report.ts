/**
 * What the run prints and writes: where it ran (machine, versions, database,
 * data scale, date), then one table row per measurement. The same result goes
 * to bench/results/latest.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { GenerationReport } from './generate';
import type { BenchRow, LoadOptions } from './types';

const ROOT = resolve(import.meta.dirname, '../..');

export interface Environment {
  date: string;
  commit: string | null;
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; loadAverage: number[] };
  versions: Record<string, string>;
  database: { kind: 'bundled' | 'external'; where: string; serverVersion: string; name: string };
}

export interface RunResult {
  environment: Environment;
  scale: GenerationReport;
  load: LoadOptions & { generator: string };
  benchmarks: { name: string; description: string; load: LoadOptions }[];
  rows: (BenchRow & { benchmark: string })[];
}

function packageVersion(name: string | null): string {
  try {
    const file = name ? join(ROOT, 'node_modules', name, 'package.json') : join(ROOT, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() !== '';
    return dirty ? `${head}+uncommitted` : head;
  } catch {
    return null;
  }
}

export function describeEnvironment(database: Environment['database']): Environment {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cpu: cpus[0]?.model.trim() || 'unknown',
      cores: os.availableParallelism(),
      memoryGiB: os.totalmem() / 2 ** 30,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      loadAverage: os.loadavg(),
    },
    versions: {
      node: process.version,
      fastify: packageVersion('fastify'),
      kysely: packageVersion('kysely'),
      pg: packageVersion('pg'),
      app: packageVersion(null),
    },
    database,
  };
}

// Terminal width of a string: CJK and full-width characters take two columns.
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return w;
}
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

function ms(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);
}

function ratio(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const pct = v * 100;
  return `${v < 0.1 ? v.toFixed(3) : v.toFixed(2)}× (${pct < 10 ? pct.toFixed(1) : Math.round(pct)} %)`;
}

export function table(rows: BenchRow[]): string {
  const head = ['benchmark', 'median ms', 'p99 ms', 'req/s', 'vs raw node:http', 'target', 'notes'];
  const right = [false, true, true, true, true, false, false];
  const body = rows.map((r) => [
    r.under === undefined ? r.name : `  └ ${r.name}`,
    ms(r.medianMs),
    ms(r.p99Ms),
    Math.round(r.rps).toLocaleString('en'),
    ratio(r.vsRaw),
    r.target === undefined ? '' : `${r.target} ${r.met ? '✓ met' : '✗ not met'}`,
    r.notes,
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]!))));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (right[i] ? padStart(c, widths[i]!) : padEnd(c, widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(head), rule, ...body.map(line)].join('\n');
}

function loadLine(load: LoadOptions): string {
  return `closed loop · ${load.connections} keep-alive connections · ${load.warmupS} s warm-up, then ${load.durationS} s measured · node:http client in a child process`;
}

/** One line when every benchmark ran with the same load, else one per benchmark. */
function loadLines(loads: { name: string; load: LoadOptions }[]): string[] {
  const distinct = [...new Set(loads.map((l) => loadLine(l.load)))];
  if (distinct.length <= 1) return [`load       ${distinct[0] ?? '—'}`];
  return loads.map((l, i) => `${i === 0 ? 'load       ' : '           '}${l.name}: ${loadLine(l.load)}`);
}

export function header(
  env: Environment,
  scale: GenerationReport,
  loads: { name: string; load: LoadOptions }[],
): string {
  const n = (v: number) => v.toLocaleString('en');
  const m = env.machine;
  const rowsPerS = (scale.residents + scale.enterprises) / Math.max(scale.seconds, 1e-9);
  return [
    `社区微业 benchmarks · ${env.date}${env.commit ? ` · commit ${env.commit}` : ''}`,
    '',
    `machine    ${m.cpu} · ${m.cores} cores · ${m.memoryGiB.toFixed(1)} GiB · ${m.os} · load average ${m.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
    `versions   Node ${env.versions.node} · Fastify ${env.versions.fastify} · Kysely ${env.versions.kysely} · pg ${env.versions.pg}`,
    `database   PostgreSQL ${env.database.serverVersion} (${env.database.kind}: ${env.database.where}) · database ${env.database.name}`,
    `scale      ${n(scale.residents)} residents over ${scale.compounds} compounds · ${n(scale.enterprises)} enterprises over ${scale.communities} communities`,
    `generated  in ${scale.seconds.toFixed(1)} s (${n(Math.round(rowsPerS))} rows/s, batched INSERTs in one transaction); VACUUM ANALYZE ${scale.analyseSeconds.toFixed(1)} s`,
    ...loadLines(loads),
    '',
    `The load generator, the app, the raw node:http server and PostgreSQL all share this ${m.cores}-core machine.`,
    'The app and its raw baseline are measured the same way in the same run: read the ratio, not the absolute capacity.',
    `CPU notes: % of one core during the measured window (node = this process: the app or the raw server; load gen = the client process${env.database.kind === 'bundled' ? "; pg = the bundled server's processes" : "; an external PostgreSQL's CPU is not read"}).`,
  ].join('\n');
}

export function writeJson(file: string, result: RunResult) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}
