/**
 * The mixed load's generator, run as a child process (see load.ts) so that it
 * has its own event loop: N keep-alive connections in a closed loop; each
 * draws an action by weight (mixed-load-scenario.ts), lets an idle virtual
 * user of that kind send it with their own session, and reads the answer in
 * full before the next. Latency, status and failures are kept per route.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { hrtime } from 'node:process';
import {
  ACTIONS,
  type MixedLoadJob,
  type MixedLoadResult,
  type Route,
  type RouteResult,
  type UserKind,
  type VirtualUser,
} from './mixed-load-scenario';
import { Samples, summarise } from './stats';

interface User extends VirtualUser {
  busy: boolean;
  /** The owner's last batch that was taken whole and not yet resent. */
  lastBatch: { body: string; records: number } | null;
}

interface Outgoing {
  route: Route;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  /** For a batch: how many records it carries, and whether it is a resend. */
  batch?: { records: number; resend: boolean };
}

interface Answer {
  status: number;
  bytes: number;
  /** Kept only for writes, whose answers are checked. */
  body: string | null;
}

/** mulberry32: small, fast, seeded, so a run's mix of requests can be repeated. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

class RouteStats {
  latencies = new Samples();
  statuses: Record<string, number> = {};
  transportErrors = 0;
  badAnswers = 0;
  firstFailure: string | null = null;
  bytes = 0;
  failed(text: string) {
    this.firstFailure ??= text.slice(0, 400);
  }
}

async function run(job: MixedLoadJob): Promise<MixedLoadResult> {
  const target = new URL(job.baseUrl);
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: job.connections,
    maxFreeSockets: job.connections,
    scheduling: 'fifo',
  });
  const rand = seeded(job.seed);
  const users: User[] = job.users.map((u) => ({ ...u, busy: false, lastBatch: null }));
  const byKind = new Map<UserKind, User[]>();
  for (const u of users) byKind.set(u.kind, [...(byKind.get(u.kind) ?? []), u]);
  // Each connection holds one user while its request is in flight, so with more users than connections an idle one is always there.
  if (users.length <= job.connections)
    throw new Error(`${users.length} virtual users cannot keep ${job.connections} connections busy`);
  const missing = [...new Set(ACTIONS.map((a) => a.kind))].filter((k) => !byKind.has(k));
  if (missing.length) throw new Error(`no virtual users of kind ${missing.join(', ')}`);
  const totalWeight = ACTIONS.reduce((sum, a) => sum + a.weight, 0);

  /** An idle user of the kind, starting from a random one; null when all are busy (or none qualifies). */
  const idleUser = (kind: UserKind, qualifies: (u: User) => boolean = () => true): User | null => {
    const pool = byKind.get(kind) ?? [];
    const start = rand.int(pool.length);
    for (let i = 0; i < pool.length; i++) {
      const u = pool[(start + i) % pool.length]!;
      if (!u.busy && qualifies(u)) return u;
    }
    return null;
  };

  const freshBatch = (u: User): Outgoing => {
    const f = u.factory!;
    // The owner types a count for some of the day's workers, one product each, and saves.
    const count = 1 + rand.int(Math.min(8, f.workerIds.length));
    const start = rand.int(f.workerIds.length);
    const records = Array.from({ length: count }, (_, i) => ({
      clientKey: randomUUID(),
      workerId: f.workerIds[(start + i) % f.workerIds.length]!,
      productId: f.productIds[rand.int(f.productIds.length)]!,
      workDate: job.today,
      quantity: 1 + rand.int(40),
    }));
    return {
      route: 'POST /api/v1/piecework/factories/:id/records/batch',
      method: 'POST',
      path: `/api/v1/piecework/factories/${f.id}/records/batch`,
      body: JSON.stringify({ records }),
      batch: { records: count, resend: false },
    };
  };

  /** Draws the next request and the user who sends it (marked busy). */
  const draw = (): { user: User; out: Outgoing } => {
    for (;;) {
      let x = rand.next() * totalWeight;
      const action = ACTIONS.find((a) => (x -= a.weight) < 0) ?? ACTIONS[0];
      if (action.route === 'POST …/records/batch, resent') {
        const u = idleUser('owner', (o) => o.lastBatch !== null) ?? idleUser('owner');
        if (!u) continue;
        u.busy = true;
        if (!u.lastBatch) return { user: u, out: freshBatch(u) };
        const { body, records } = u.lastBatch;
        u.lastBatch = null;
        return {
          user: u,
          out: {
            route: action.route,
            method: 'POST',
            path: `/api/v1/piecework/factories/${u.factory!.id}/records/batch`,
            body,
            batch: { records, resend: true },
          },
        };
      }
      const u = idleUser(action.kind);
      if (!u) continue;
      u.busy = true;
      switch (action.route) {
        case 'GET /api/v1/jobs/matches':
          return { user: u, out: { route: action.route, method: 'GET', path: '/api/v1/jobs/matches' } };
        case 'GET /api/v1/piecework/me':
          return { user: u, out: { route: action.route, method: 'GET', path: '/api/v1/piecework/me' } };
        case 'GET /api/v1/piecework/me/statement': {
          const month = rand.int(3) < 2 ? job.thisMonth : job.lastMonth;
          return {
            user: u,
            out: { route: action.route, method: 'GET', path: `/api/v1/piecework/me/statement?month=${month}` },
          };
        }
        case 'POST /api/v1/piecework/factories/:id/records/batch':
          return { user: u, out: freshBatch(u) };
        case 'GET /api/v1/piecework/factories/:id/day':
          return {
            user: u,
            out: {
              route: action.route,
              method: 'GET',
              path: `/api/v1/piecework/factories/${u.factory!.id}/day?date=${job.today}`,
            },
          };
        case 'GET /api/v1/residents': {
          // Mostly the first page; now and then a few pages on.
          const page = rand.int(4) === 0 ? 2 + rand.int(4) : 1;
          return {
            user: u,
            out: { route: action.route, method: 'GET', path: `/api/v1/residents?page=${page}&pageSize=20` },
          };
        }
        case 'GET /api/v1/piecework/wages':
          return {
            user: u,
            out: {
              route: action.route,
              method: 'GET',
              path: `/api/v1/piecework/wages?from=${job.wagesFrom}&to=${job.today}`,
            },
          };
        case 'GET /api/v1/benefits/applications': {
          const status = rand.int(2) === 0 ? '&status=submitted' : '';
          return {
            user: u,
            out: {
              route: action.route,
              method: 'GET',
              path: `/api/v1/benefits/applications?page=1&pageSize=20${status}`,
            },
          };
        }
      }
    }
  };

  const send = (u: User, out: Outgoing) =>
    new Promise<Answer>((resolve, reject) => {
      const headers: Record<string, string> = {
        accept: 'application/json',
        'accept-language': 'zh-CN',
        cookie: u.cookie,
      };
      if (out.body !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(Buffer.byteLength(out.body));
        headers['x-csrf-token'] = u.csrfToken;
      }
      const req = http.request(
        { agent, host: target.hostname, port: target.port, path: out.path, method: out.method, headers },
        (res) => {
          const keep = out.method !== 'GET' || (res.statusCode ?? 0) >= 300;
          const chunks: Buffer[] = [];
          let bytes = 0;
          res.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            if (keep) chunks.push(chunk);
          });
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, bytes, body: keep ? Buffer.concat(chunks).toString() : null }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(out.body);
    });

  const stats = new Map<Route, RouteStats>(ACTIONS.map((a) => [a.route, new RouteStats()]));
  const all = new Samples();
  let acceptedRecords = 0;
  let resends = 0;
  const start = hrtime.bigint();
  const measureFrom = start + BigInt(Math.round(job.warmupS * 1e9));
  const stopAt = measureFrom + BigInt(Math.round(job.durationS * 1e9));
  let lastEnd = measureFrom;
  let cpuAtStart: NodeJS.CpuUsage | null = null;
  const opening = setTimeout(
    () => {
      cpuAtStart = process.cpuUsage();
      process.send!({ type: 'phase', phase: 'measure' });
    },
    Math.max(0, job.warmupS * 1000),
  );

  /** Whether a 200 kept the route's promise; a batch's answer is read and counted. */
  const answerKept = (user: User, out: Outgoing, answer: Answer): boolean => {
    if (!out.batch) return true;
    let r: { accepted?: unknown; duplicates?: unknown; adjustments?: unknown };
    try {
      r = JSON.parse(answer.body ?? '') as typeof r;
    } catch {
      return false;
    }
    if (typeof r.accepted === 'number') acceptedRecords += r.accepted;
    if (out.batch.resend) {
      resends++;
      return r.accepted === 0 && r.duplicates === out.batch.records && r.adjustments === 0;
    }
    const whole = r.accepted === out.batch.records && r.duplicates === 0 && r.adjustments === 0;
    if (whole) user.lastBatch = { body: out.body!, records: out.batch.records };
    return whole;
  };

  const loop = async () => {
    for (;;) {
      const t0 = hrtime.bigint();
      if (t0 >= stopAt) return;
      const { user, out } = draw();
      const s = stats.get(out.route)!;
      try {
        const answer = await send(user, out);
        const t1 = hrtime.bigint();
        const ok = answer.status >= 200 && answer.status < 300;
        const kept = ok && answerKept(user, out, answer);
        if (t0 < measureFrom) continue;
        const ms = Number(t1 - t0) / 1e6;
        s.latencies.push(ms);
        all.push(ms);
        s.statuses[answer.status] = (s.statuses[answer.status] ?? 0) + 1;
        s.bytes += answer.bytes;
        if (ok && !kept) s.badAnswers++;
        if (!kept) s.failed(`${answer.status} ${out.method} ${out.path}: ${answer.body ?? ''}`);
        if (t1 > lastEnd) lastEnd = t1;
      } catch (err) {
        if (t0 >= measureFrom) {
          s.transportErrors++;
          s.failed(`no answer to ${out.method} ${out.path}: ${err instanceof Error ? err.message : String(err)}`);
        }
        // A refused or reset connection: do not spin.
        await new Promise((r) => setTimeout(r, 5));
      } finally {
        user.busy = false;
      }
    }
  };
  await Promise.all(Array.from({ length: job.connections }, loop));
  clearTimeout(opening);
  process.send!({ type: 'phase', phase: 'end' });
  agent.destroy();

  const elapsedS = Number(lastEnd - measureFrom) / 1e9;
  const cpu = cpuAtStart ? process.cpuUsage(cpuAtStart) : null;
  const routes: RouteResult[] = ACTIONS.map((a) => {
    const s = stats.get(a.route)!;
    const samples = s.latencies.view();
    return {
      route: a.route,
      kind: a.kind,
      requests: samples.length,
      rps: elapsedS > 0 ? samples.length / elapsedS : 0,
      ...summarise(samples),
      statuses: s.statuses,
      transportErrors: s.transportErrors,
      badAnswers: s.badAnswers,
      firstFailure: s.firstFailure,
      bytesPerResponse: samples.length ? s.bytes / samples.length : 0,
    };
  });
  const samples = all.view();
  return {
    overall: {
      requests: samples.length,
      rps: elapsedS > 0 ? samples.length / elapsedS : 0,
      elapsedS,
      ...summarise(samples),
    },
    routes,
    acceptedRecords,
    resends,
    loadGeneratorCpuPct: cpu && elapsedS > 0 ? ((cpu.user + cpu.system) / 1e6 / elapsedS) * 100 : null,
  };
}

process.once('message', (job: MixedLoadJob) => {
  run(job).then(
    (result) => process.send!({ type: 'result', result }, () => process.exit(0)),
    (err: unknown) =>
      process.send!({ type: 'error', error: err instanceof Error ? (err.stack ?? err.message) : String(err) }, () =>
        process.exit(1),
      ),
  );
});
