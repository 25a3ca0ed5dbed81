/**
 * The app is killed with SIGKILL in the middle of writes, and started again:
 * it finds the bundled PostgreSQL its predecessor left running, reuses it,
 * and every write that was acknowledged is still there. Then the server
 * itself is killed too, and the next start recovers it from its WAL.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../src/shared/validators';
import {
  alive,
  freePort,
  Http,
  postmasterPid as postmasterPidIn,
  type Running,
  startApp as startAppIn,
} from './app-process';

const dataDir = mkdtempSync(join(tmpdir(), 'weiye-crash-'));
chmodSync(dataDir, 0o755); // the postgres system user must reach its cluster directory
const startApp = (appPort: number, pgPort: number) => startAppIn(dataDir, appPort, pgPort);
const postmasterPid = () => postmasterPidIn(dataDir);

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
