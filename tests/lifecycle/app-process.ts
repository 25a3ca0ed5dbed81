/**
 * The whole app as a child process (`src/server/main.ts`) on the bundled
 * PostgreSQL, and a small HTTP client that keeps the session cookie and sends
 * the CSRF token on writes, as any client outside a browser must.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface Running {
  child: ChildProcess;
  output: () => string;
  base: string;
}

/** One app process unless `extraEnv` asks for more (WORKERS): the machine running the tests is shared. */
export async function startApp(
  dataDir: string,
  appPort: number,
  pgPort: number,
  extraEnv: Record<string, string> = {},
): Promise<Running> {
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
      WORKERS: '1',
      ...extraEnv,
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

export class Http {
  cookie = '';
  token = '';
  constructor(
    private readonly base: string,
    private readonly timeoutMs = 30_000,
  ) {}
  async call(method: string, path: string, body?: unknown) {
    const res = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-csrf-token': this.token },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    if (json && typeof json.csrfToken === 'string') this.token = json.csrfToken;
    return { status: res.status, body: json, headers: res.headers };
  }
  async signIn() {
    await this.call('GET', '/api/v1/auth/csrf');
    const res = await this.call('POST', '/api/v1/auth/login', { username: 'wangguiling', password: 'Demo@2026' });
    if (res.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
  }
}

export function postmasterPid(dataDir: string): number | null {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
