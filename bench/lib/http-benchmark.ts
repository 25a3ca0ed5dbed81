/**
 * The usual HTTP benchmark: load-test one GET of the real app, then a raw
 * node:http server answering the very bytes the app answered, the same way in
 * the same run; report both and their throughput ratio.
 */
import { exchange } from './http';
import { runHttpLoad } from './load';
import { startRawServer } from './raw-server';
import type { BenchContext, BenchRow, LoadStats } from './types';

export interface HttpCase {
  /** Row label, e.g. `resident-list page 1`. */
  name: string;
  /** Path and query, e.g. `/api/v1/residents?page=1&pageSize=20`. */
  path: string;
  /** Request headers (the session cookie, accept…), sent to the app and to the raw server alike. */
  headers: Record<string, string>;
  notes?: string;
}

export function kb(bytes: number): string {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${Math.round(bytes)} B`;
}

/** "CPU app 95 % · pg 60 % · load 40 %": where the machine's cores went during the window (100 % = one core). */
export function cpuNote(stats: LoadStats): string {
  const parts: string[] = [];
  if (stats.cpu?.serverProcessPct !== undefined) parts.push(`node ${Math.round(stats.cpu.serverProcessPct)} %`);
  if (stats.cpu?.postgresPct !== undefined) parts.push(`pg ${Math.round(stats.cpu.postgresPct)} %`);
  if (stats.cpu?.loadGeneratorPct !== undefined) parts.push(`load gen ${Math.round(stats.cpu.loadGeneratorPct)} %`);
  return parts.length ? `CPU ${parts.join(' · ')}` : '';
}

export function errorNote(stats: LoadStats): string {
  if (!stats.errors) return '';
  const other = Object.entries(stats.statuses ?? {})
    .filter(([s]) => s !== '200')
    .map(([s, n]) => `${n}× ${s}`)
    .join(' ');
  return `⚠ ${stats.errors} failed${other ? ` (${other})` : ''}`;
}

export function row(name: string, stats: LoadStats, vsRaw: number | null, notes: string[], under?: string): BenchRow {
  return {
    name,
    ...(under === undefined ? {} : { under }),
    medianMs: stats.medianMs,
    p99Ms: stats.p99Ms,
    rps: stats.rps,
    vsRaw,
    notes: notes.filter(Boolean).join('; '),
    stats,
  };
}

export async function measureAgainstRaw(ctx: BenchContext, c: HttpCase): Promise<BenchRow[]> {
  const url = `${ctx.baseUrl}${c.path}`;
  const captured = await exchange(url, { headers: c.headers });
  if (captured.status !== 200)
    throw new Error(`${c.name}: GET ${c.path} answered ${captured.status}: ${captured.body.toString().slice(0, 300)}`);

  ctx.log(`  ${c.name}: app over HTTP…`);
  const app = await runHttpLoad({ url, headers: c.headers }, ctx.load, ctx.startPostgresCpuMeter);

  ctx.log(`  ${c.name}: raw node:http, same ${kb(captured.body.length)} answer…`);
  const raw = await startRawServer(captured);
  let baseline: LoadStats;
  try {
    baseline = await runHttpLoad(
      { url: `${raw.url}${c.path}`, headers: c.headers },
      ctx.load,
      ctx.startPostgresCpuMeter,
    );
  } finally {
    await raw.close();
  }
  const ratio = baseline.rps > 0 ? app.rps / baseline.rps : null;
  return [
    row(c.name, app, ratio, [
      c.notes ?? '',
      kb(app.bytesPerResponse ?? captured.body.length),
      cpuNote(app),
      errorNote(app),
    ]),
    row('raw node:http, same bytes', baseline, 1, [cpuNote(baseline), errorNote(baseline)], c.name),
  ];
}
