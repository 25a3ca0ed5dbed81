/**
 * The bundled PostgreSQL is SIGKILLed under the app: once in the middle of a
 * stream of acknowledged writes, once while the app is idle. The app process
 * lives on, answers 503 DATABASE_UNAVAILABLE while the server is down (never a
 * 500, never a hang), restarts the server by itself, answers /api/health 200
 * again within 30 s, and every write it acknowledged is still there.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../src/shared/validators';
import { alive, freePort, Http, postmasterPid, type Running, startApp } from './app-process';

const dataDir = mkdtempSync(join(tmpdir(), 'weiye-outage-'));
chmodSync(dataDir, 0o755); // the postgres system user must reach its cluster directory

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// A request still unanswered after this long counts as hanging.
const REQUEST_TIMEOUT_MS = 10_000;
const RECOVERY_LIMIT_MS = 30_000;

let app: Running;
let http: Http;
let compoundId: number;
let serial = 0;

interface Outcome {
  status: number; // 0: no answer within REQUEST_TIMEOUT_MS, or the connection failed
  code?: string;
  retryAfter?: string | null;
}

async function call(method: string, path: string, body?: unknown): Promise<Outcome & { body: unknown }> {
  try {
    const res = await http.call(method, path, body);
    const error = (res.body as { error?: { code?: string } } | null)?.error;
    return { status: res.status, code: error?.code, retryAfter: res.headers.get('retry-after'), body: res.body };
  } catch (err) {
    return { status: 0, code: String(err), body: null };
  }
}

/** A new resident with a unique ID number and phone: one simple write through the whole stack. */
function createResident() {
  const i = serial++;
  const first17 = `4101021985${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i).padStart(3, '0').slice(-3)}`;
  return call('POST', '/api/v1/residents', {
    name: `断库${i}`,
    idNumber: first17 + idNumberCheckChar(first17),
    phone: `136${String(20000000 + i).slice(-8)}`,
    compoundId,
  });
}

async function waitForRecovery(killedPid: number, since: number) {
  const health: Outcome[] = [];
  while (Date.now() - since < RECOVERY_LIMIT_MS) {
    const res = await call('GET', '/api/health');
    health.push(res);
    const pid = postmasterPid(dataDir);
    // Right after the kill an orphaned backend may still answer on its old connection: only a
    // 200 from the restarted server counts.
    if (res.status === 200 && pid !== null && pid !== killedPid && alive(pid)) {
      return { health, recoveredAfterMs: Date.now() - since };
    }
    await sleep(200);
  }
  return { health, recoveredAfterMs: null };
}

beforeAll(async () => {
  app = await startApp(dataDir, await freePort(), await freePort());
  http = new Http(app.base, REQUEST_TIMEOUT_MS);
  await http.signIn();
  const { body: areas } = await http.call('GET', '/api/v1/areas');
  compoundId = (areas!.items as { id: number; name: string }[]).find((a) => a.name === '复兴社区B区')!.id;
}, 120_000);

afterAll(async () => {
  if (app && app.child.exitCode === null) {
    app.child.kill('SIGTERM'); // a clean stop also stops the bundled server
    await Promise.race([new Promise((r) => app.child.once('exit', r)), sleep(20_000)]);
    if (app.child.exitCode === null) app.child.kill('SIGKILL');
  }
  const pid = postmasterPid(dataDir);
  if (pid && alive(pid)) process.kill(pid, 'SIGINT');
  await sleep(1000);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the bundled PostgreSQL dies under the running app', () => {
  it('answers 503 while it is down, restarts it, and loses no acknowledged write', async () => {
    const writes: Outcome[] = [];
    const acknowledged: number[] = [];
    let afterRecovery = 0;
    let recovered = false;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const res = await createResident();
        writes.push(res);
        if (res.status === 201) {
          acknowledged.push((res.body as { id: number }).id);
          if (recovered) afterRecovery++;
        }
        await sleep(100); // stays well under the app's per-client rate limit
      }
    })();

    const startedAt = Date.now();
    while (acknowledged.length < 8 && Date.now() - startedAt < 20_000) await sleep(50);
    expect(acknowledged.length).toBeGreaterThanOrEqual(8);

    const killedPid = postmasterPid(dataDir)!;
    process.kill(killedPid, 'SIGKILL');
    const { health, recoveredAfterMs } = await waitForRecovery(killedPid, Date.now());
    recovered = true;
    const recoveredAt = Date.now();
    while (afterRecovery < 5 && Date.now() - recoveredAt < 15_000) await sleep(50);
    writing = false;
    await writer;

    expect(app.child.exitCode, app.output()).toBeNull();
    expect(recoveredAfterMs, `no healthy answer within 30 s:\n${app.output()}`).not.toBeNull();
    expect(afterRecovery).toBeGreaterThanOrEqual(5);

    // While the server was down, every answer was a 503 with the code, never a 500 or a hang.
    const unexpected = writes.filter((w) => w.status !== 201 && w.status !== 503);
    expect(unexpected, app.output()).toEqual([]);
    const refused = writes.filter((w) => w.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const w of refused) {
      expect(w.code).toBe('DATABASE_UNAVAILABLE');
      expect(w.retryAfter).not.toBeNull();
    }
    expect(health.filter((h) => h.status !== 200 && h.status !== 503)).toEqual([]);
    expect(health.some((h) => h.status === 503 && h.code === 'DATABASE_UNAVAILABLE')).toBe(true);

    for (const id of acknowledged) {
      const res = await call('GET', `/api/v1/residents/${id}`);
      expect(res.status, `resident ${id}`).toBe(200);
    }
    expect(app.output()).toContain('restarting it');
  });

  it('answers again when the server died while the app was idle', async () => {
    const killedPid = postmasterPid(dataDir)!;
    process.kill(killedPid, 'SIGKILL');
    await sleep(300); // nothing asks meanwhile; the pool's idle connections die with the server

    const first = await createResident();
    expect([201, 503], JSON.stringify(first)).toContain(first.status);
    const { health, recoveredAfterMs } = await waitForRecovery(killedPid, Date.now());
    expect(recoveredAfterMs, `no healthy answer within 30 s:\n${app.output()}`).not.toBeNull();
    expect(health.filter((h) => h.status !== 200 && h.status !== 503)).toEqual([]);

    // The same session (kept in the database) goes on working: a write, then a read of it.
    const write = await createResident();
    expect(write.status, JSON.stringify(write)).toBe(201);
    const read = await call('GET', `/api/v1/residents/${(write.body as { id: number }).id}`);
    expect(read.status).toBe(200);
    expect(app.child.exitCode).toBeNull();
  });
});
