/**
 * The app as it runs in production: a primary and two app processes sharing
 * one port. A session made before both processes are killed and replaced still
 * signs its holder in; a per-route rate limit is one limit, whichever process
 * a request reaches; the metrics add up every process; a background task runs once per period, not once per
 * process; a demo SMS code shows in the outbox on every process; SIGTERM stops
 * them all and the bundled server, with exit code 0.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alive, freePort, Http, postmasterPid, type Running, startApp } from './app-process';

const dataDir = mkdtempSync(join(tmpdir(), 'weiye-cluster-'));
chmodSync(dataDir, 0o755); // the postgres system user must reach its cluster directory
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let app: Running;
let pgPort: number;

/** One request on a connection of its own, so the primary hands each to the next app process in turn. */
function fresh(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(`${app.base}${path}`, { method, headers, agent: false }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A process's command line; empty once it is gone. */
function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

function workerPids(): number[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(app.child.pid)], { encoding: 'utf8' });
  } catch {
    return []; // ps finds no child: none left
  }
  return out
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((pid) => pid > 0 && commandOf(pid).includes('main.ts'));
}

async function query<T>(text: string): Promise<T[]> {
  const { password } = JSON.parse(readFileSync(join(dataDir, 'pg-credentials.json'), 'utf8')) as { password: string };
  const client = new pg.Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password, database: 'weiye' });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  pgPort = await freePort();
  app = await startApp(dataDir, await freePort(), pgPort, { WORKERS: '2' });
}, 120_000);

afterAll(async () => {
  if (app && app.child.exitCode === null) app.child.kill('SIGKILL');
  for (const pid of app ? workerPids().filter(alive) : []) process.kill(pid, 'SIGKILL');
  const pid = postmasterPid(dataDir);
  if (pid && alive(pid)) process.kill(pid, 'SIGINT');
  await sleep(1000);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('two app processes on one port', () => {
  it('shows a demo SMS code in the outbox whichever process reads it', async () => {
    expect(workerPids()).toHaveLength(2);
    const http = new Http(app.base);
    await http.call('GET', '/api/v1/auth/csrf');
    const sent = await http.call('POST', '/api/v1/auth/sms-code', { phone: '13900000001' });
    expect(sent.status).toBe(202);
    for (let i = 0; i < 4; i++) {
      const res = await fresh('GET', '/api/v1/dev/sms-outbox?phone=13900000001');
      expect(res.status).toBe(200);
      expect((JSON.parse(res.text) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    }
  });

  it('adds up every process’s metrics for the system administrator', async () => {
    const admin = new Http(app.base);
    await admin.call('GET', '/api/v1/auth/csrf');
    expect(
      (await admin.call('POST', '/api/v1/auth/login', { username: 'sysadmin', password: 'Demo@2026' })).status,
    ).toBe(200);
    for (let i = 0; i < 4; i++) await fresh('GET', '/api/health');
    const res = await fresh('GET', '/api/metrics', { cookie: admin.cookie });
    expect(res.status, res.text).toBe(200);
    const health = /weiye_http_requests_total\{method="GET",route="\/api\/health",status="200"\} (\d+)/.exec(res.text);
    expect(Number(health?.[1])).toBeGreaterThanOrEqual(4); // answered by both processes, counted together
    expect(res.text).toMatch(/^weiye_database_up 1$/m); // the database's answer is taken once, not summed
  });

  it('counts a route’s rate limit once across the processes', async () => {
    const http = new Http(app.base);
    await http.call('GET', '/api/v1/auth/csrf');
    const headers = { 'content-type': 'application/json', cookie: http.cookie, 'x-csrf-token': http.token };
    const statuses: number[] = [];
    // An invalid body still counts: the limit (10 a minute for sign-in codes, one of them used above) is
    // checked before validation.
    for (let i = 0; i < 11; i++) {
      const res = await fresh('POST', '/api/v1/auth/sms-code', headers, '{}');
      statuses.push(res.status);
    }
    expect(
      statuses.filter((s) => s === 429),
      statuses.join(),
    ).toHaveLength(2);
    expect(statuses.slice(0, 9).every((s) => s !== 429)).toBe(true);
  });

  it('runs a background task once per period, not once per process', async () => {
    // sms-delivery ticks every 5 s in each process; watch when it starts for 16 s.
    const starts = new Set<string>();
    const until = Date.now() + 16_000;
    while (Date.now() < until) {
      const rows = await query<{ at: string }>(
        `select last_started_at::text as at from background_task_runs where name = 'sms-delivery'`,
      );
      if (rows[0]) starts.add(rows[0].at);
      await sleep(150);
    }
    const times = [...starts].map((t) => Date.parse(t.replace(' ', 'T').replace(/\+00$/, 'Z'))).sort();
    expect(times.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(4_500);
  });

  it('replaces a killed process, and a session outlives the processes it was made on', async () => {
    const http = new Http(app.base);
    await http.signIn();
    const before = workerPids();
    for (const pid of before) {
      process.kill(pid, 'SIGKILL');
      const until = Date.now() + 60_000;
      while (Date.now() < until && (workerPids().includes(pid) || workerPids().length < 2)) await sleep(200);
      // the replacement is listening once a request answers
      while (Date.now() < until && (await fresh('GET', '/api/health').catch(() => null))?.status !== 200)
        await sleep(200);
    }
    const after = workerPids();
    expect(after).toHaveLength(2);
    expect(after.filter((pid) => before.includes(pid))).toEqual([]);
    expect(app.output()).toContain('starting another');
    for (let i = 0; i < 4; i++) {
      const res = await fresh('GET', '/api/v1/me', { cookie: http.cookie });
      expect(res.status, res.text).toBe(200);
    }
  });

  it('stops every process and the bundled server on SIGTERM, and exits 0', async () => {
    const workers = workerPids();
    const server = postmasterPid(dataDir)!;
    const exit = new Promise<number | null>((resolve) => app.child.once('exit', (code) => resolve(code)));
    app.child.kill('SIGTERM');
    expect(await exit, app.output()).toBe(0);
    expect(workers.filter(alive)).toEqual([]);
    const until = Date.now() + 20_000;
    while (alive(server) && Date.now() < until) await sleep(100);
    expect(alive(server)).toBe(false);
  });
});
