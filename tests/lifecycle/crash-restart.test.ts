/**
 * The app is killed with SIGKILL in the middle of writes, and started again:
 * it finds the bundled PostgreSQL its predecessor left running, reuses it,
 * and every write that was acknowledged is still there. Then the server
 * itself is killed too, and the next start recovers it from its WAL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../src/shared/validators';

const dataDir = mkdtempSync(join(tmpdir(), 'weiye-crash-'));
chmodSync(dataDir, 0o755); // the postgres system user must reach its cluster directory

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  output: () => string;
  base: string;
}

async function startApp(appPort: number, pgPort: number): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(appPort),
      HOST: '127.0.0.1',
      BUNDLED_PG_PORT: String(pgPort),
      DEMO: 'true',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 90_000;
  while (!out.includes('is running at')) {
    if (child.exitCode !== null) throw new Error(`app exited early:\n${out}`);
    if (Date.now() > deadline) throw new Error(`app did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => out, base: `http://127.0.0.1:${appPort}` };
}

class Http {
  cookie = '';
  token = '';
  constructor(private readonly base: string) {}
  async call(method: string, path: string, body?: unknown) {
    const res = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-csrf-token': this.token },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    if (json && typeof json.csrfToken === 'string') this.token = json.csrfToken;
    return { status: res.status, body: json };
  }
  async signIn() {
    await this.call('GET', '/api/v1/auth/csrf');
    const res = await this.call('POST', '/api/v1/auth/login', { username: 'wangguiling', password: 'Demo@2026' });
    if (res.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
  }
}

function postmasterPid(): number | null {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let current: Running | null = null;

afterAll(async () => {
  if (current && current.child.exitCode === null) current.child.kill('SIGKILL');
  const pid = postmasterPid();
  if (pid && alive(pid)) process.kill(pid, 'SIGINT');
  await new Promise((r) => setTimeout(r, 1500));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('bundled PostgreSQL across a crash', () => {
  it('loses no acknowledged write when the app is SIGKILLed mid-write, and reuses the server it left', async () => {
    const appPort = await freePort();
    const pgPort = await freePort();
    current = await startApp(appPort, pgPort);
    const http = new Http(current.base);
    await http.signIn();
    const { body: areas } = await http.call('GET', '/api/v1/areas');
    const compound = (areas!.items as { id: number; name: string }[]).find((a) => a.name === '复兴社区B区')!.id;

    const acknowledged: number[] = [];
    let i = 0;
    const writer = (async () => {
      for (;;) {
        const first17 = `3702111970${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(100 + i).slice(-3)}`;
        const res = await http
          .call('POST', '/api/v1/residents', {
            name: `压测${i}`,
            idNumber: first17 + idNumberCheckChar(first17),
            phone: `137${String(10000000 + i).slice(-8)}`,
            compoundId: compound,
          })
          .catch(() => null);
        if (!res) return; // the app is gone
        if (res.status === 201) acknowledged.push((res.body as { id: number }).id);
        i++;
      }
    })();
    while (acknowledged.length < 25) await new Promise((r) => setTimeout(r, 20));
    current.child.kill('SIGKILL');
    await writer;
    const serverPid = postmasterPid();
    expect(serverPid).not.toBeNull();
    expect(alive(serverPid!)).toBe(true); // the orphaned server is still running

    current = await startApp(appPort, pgPort);
    expect(current.output()).not.toContain('Seeding the demo street');
    expect(postmasterPid()).toBe(serverPid); // reused, not replaced
    const again = new Http(current.base);
    await again.signIn();
    for (const id of acknowledged) {
      const res = await again.call('GET', `/api/v1/residents/${id}`);
      expect(res.status, `resident ${id}`).toBe(200);
    }
    expect((await again.call('GET', '/api/health')).body).toEqual({ status: 'ok', database: 'bundled' });
  });

  it('recovers when the server was killed as well, and stops it on a clean shutdown', async () => {
    const appPort = await freePort();
    const pgPort = await freePort();
    const serverPid = postmasterPid()!;
    current!.child.kill('SIGKILL');
    process.kill(serverPid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    current = await startApp(appPort, pgPort);
    const http = new Http(current.base);
    await http.signIn();
    const list = await http.call('GET', '/api/v1/residents?q=压测0');
    expect((list.body as { total: number }).total).toBeGreaterThan(0);

    const newPid = postmasterPid()!;
    expect(newPid).not.toBe(serverPid);
    current.child.kill('SIGTERM');
    await new Promise<void>((resolve) => current!.child.once('exit', () => resolve()));
    const until = Date.now() + 20_000;
    while (alive(newPid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(alive(newPid)).toBe(false);
  });
});
