/**
 * The real app under a street's mixed load, over HTTP on a loopback port:
 * signed-in residents reading their job matches and their piecework pay,
 * owners saving their day grid (piece batches with fresh idempotency keys,
 * now and then one resent), officers listing the registry, the wages console
 * and the application queue — over N keep-alive connections (32 by default)
 * for 60 s. Reports throughput overall and per route, p50 / p99 per route and
 * every failed request by route and status. It measures; it asserts no time.
 *
 * Data: the run's residents and enterprises, the piecework and jobs
 * generators' data (× --scale), the month settled and paid, and applications.
 * Everyone signs in over HTTP first, as the app's clients do (README, "mixed-load").
 */
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { DEMO_PASSWORD } from '../../src/server/db/seed/demo-street';
import { hashPassword } from '../../src/server/platform/passwords';
import { warmNote } from '../lib/database';
import { generateApplications } from '../lib/generate-applications';
import { generateJobs } from '../lib/generate-jobs';
import { addDays, generatePiecework, generatePieceworkHistory } from '../lib/generate-piecework';
import { signInByPhone, signInStaff, type Session } from '../lib/http';
import { cpuNote, kb } from '../lib/http-benchmark';
import { runLoadWorker } from '../lib/load';
import {
  ACTIONS,
  type MixedLoadJob,
  type MixedLoadResult,
  type RouteResult,
  type VirtualUser,
} from '../lib/mixed-load-scenario';
import type { Benchmark, BenchContext, BenchRow, LoadStats } from '../lib/types';

const WORKER = new URL('../lib/mixed-load-worker.ts', import.meta.url).pathname;

/** Virtual users of each kind (fewer when the data at a small --scale has fewer). */
const RESIDENTS = 600;
const OWNERS = 150;
/** Officer accounts made for the run: street officers, and community officers in each community. */
const STREET_OFFICERS = 4;
const OFFICERS_PER_COMMUNITY = 4;
/** Sign-ins in flight at once. */
const SIGN_IN_CONCURRENCY = 8;

/**
 * Every virtual user signs in from an address of its own (any 127.x.y.z
 * reaches the app on 127.0.0.1), as residents do from their own phones: the
 * app's per-address limit on SMS codes (60 a day) then applies as it would.
 */
const addressOf = (i: number) => `127.1.${Math.floor(i / 250)}.${1 + (i % 250)}`;

async function mapLimit<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]!, i);
      }
    }),
  );
  return out;
}

/** Officer accounts of the run (the demo street has one street officer and one per community). */
async function makeOfficers(ctx: BenchContext): Promise<string[]> {
  const db = ctx.db;
  const areas = await db
    .selectFrom('areas')
    .select(['id', 'level'])
    .where('level', 'in', ['street', 'community'])
    .execute();
  const street = areas.find((a) => a.level === 'street');
  if (!street) throw new Error('no street in the seeded areas');
  const wanted = [
    ...Array.from({ length: STREET_OFFICERS }, (_, i) => ({
      username: `bench_street_${i + 1}`,
      role: 'street_officer' as const,
      areaId: street.id,
    })),
    ...areas
      .filter((a) => a.level === 'community')
      .flatMap((c) =>
        Array.from({ length: OFFICERS_PER_COMMUNITY }, (_, i) => ({
          username: `bench_community_${c.id}_${i + 1}`,
          role: 'community_officer' as const,
          areaId: c.id,
        })),
      ),
  ];
  const existing = new Set(
    (
      await db
        .selectFrom('users')
        .select('username')
        .where(
          'username',
          'in',
          wanted.map((w) => w.username),
        )
        .execute()
    ).map((u) => u.username),
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const w of wanted.filter((o) => !existing.has(o.username))) {
    const user = await db
      .insertInto('users')
      .values({
        kind: 'staff',
        role: w.role,
        display_name: `测试${w.role === 'street_officer' ? '街道' : '社区'}干部`,
        username: w.username,
        password_hash: passwordHash,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('user_areas').values({ user_id: user.id, area_id: w.areaId }).execute();
  }
  return wanted.map((w) => w.username);
}

/** Today's piece records of the owners' factories, and whether their day rollup adds up to them. */
async function todaysRecords(ctx: BenchContext, factoryIds: number[], today: string) {
  const { rows } = await sql<{ records: number; quantity: number; rollup: number }>`
    select (select count(*)::int from piece_records where factory_id = any(${factoryIds}::bigint[]) and work_date = ${today}::date) as records,
           (select coalesce(sum(quantity), 0)::int from piece_records where factory_id = any(${factoryIds}::bigint[]) and work_date = ${today}::date and state = 1) as quantity,
           (select coalesce(sum(quantity), 0)::int from piece_day_totals where factory_id = any(${factoryIds}::bigint[]) and work_date = ${today}::date) as rollup`.execute(
    ctx.db,
  );
  return rows[0]!;
}

/** "2× 500, 1× no answer, 1× wrong body": what went wrong on a route. */
function failures(r: RouteResult): string {
  const parts = Object.entries(r.statuses)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, n]) => `${n}× ${status}`);
  if (r.transportErrors) parts.push(`${r.transportErrors}× no answer`);
  if (r.badAnswers) parts.push(`${r.badAnswers}× 200 breaking its promise`);
  return parts.join(', ');
}

const failedCount = (r: RouteResult) =>
  Object.entries(r.statuses)
    .filter(([status]) => !status.startsWith('2'))
    .reduce((sum, [, n]) => sum + n, 0) +
  r.transportErrors +
  r.badAnswers;

function stats(r: RouteResult, elapsedS: number): LoadStats {
  return {
    requests: r.requests,
    errors: failedCount(r),
    elapsedS,
    rps: r.rps,
    meanMs: r.meanMs,
    medianMs: r.medianMs,
    p90Ms: r.p90Ms,
    p99Ms: r.p99Ms,
    maxMs: r.maxMs,
    statuses: r.statuses,
    bytesPerResponse: r.bytesPerResponse,
  };
}

export const mixedLoad: Benchmark = {
  name: 'mixed-load',
  description:
    'The real app over HTTP under a mixed load of signed-in residents (job matches, piecework pay), owners (day-grid piece batches, resends) and officers (registry, wages console, applications): req/s, p50 / p99 and failures per route.',
  defaultLoad: { connections: 32, durationS: 60, warmupS: 5 },
  async run(ctx) {
    const db = ctx.db;
    // ── data ──
    const piecework = await generatePiecework(ctx);
    const jobs = await generateJobs(ctx);
    const history = await generatePieceworkHistory(ctx);
    const applications = await generateApplications(ctx);
    const officerNames = await makeOfficers(ctx);
    const { today } = piecework;
    const fids = piecework.factories.map((f) => f.id);

    // Owners: operators of factories whose day is still open, each with their workers and products.
    const owners = (
      await sql<{ factory_id: number; phone: string; worker_ids: number[]; product_ids: number[] }>`
        select f.id as factory_id, r.phone,
               array(select w.id::int from factory_workers w where w.factory_id = f.id and w.left_on is null order by w.id) as worker_ids,
               array(select p.id::int from factory_products p where p.factory_id = f.id and p.active order by p.id) as product_ids
          from micro_factories f join residents r on r.id = f.operator_resident_id
         where f.id = any(${fids}::bigint[]) and r.phone is not null
           and not exists (select 1 from settlements s where s.factory_id = f.id and s.work_date = ${today}::date)
           and (select count(*) from micro_factories g where g.operator_resident_id = f.operator_resident_id) = 1
         order by md5(f.id::text)
         limit ${OWNERS}`.execute(db)
    ).rows.filter((o) => o.worker_ids.length > 0 && o.product_ids.length > 0);
    const ownerPhones = owners.map((o) => o.phone);
    // Residents: workers of the generated factories who have a job profile (and do not run a factory).
    const residents = (
      await sql<{ phone: string }>`
        select r.phone from residents r
         where r.phone is not null and r.phone <> all(${ownerPhones}::text[])
           and exists (select 1 from factory_workers w where w.resident_id = r.id and w.left_on is null and w.factory_id = any(${fids}::bigint[]))
           and exists (select 1 from job_profiles j where j.resident_id = r.id)
         order by md5(r.id::text)
         limit ${RESIDENTS}`.execute(db)
    ).rows;
    if (!owners.length || !residents.length)
      throw new Error('mixed-load found no owners or no workers with a job profile: raise --residents or --scale');

    // What the requests read, in shared buffers as on a serving database (README, "Warm buffers"): not the
    // piece record log itself, which the day grid reads only today's part of.
    const warm = warmNote(
      await ctx.prewarm([
        'residents',
        'users',
        'user_areas',
        'areas',
        'enterprises',
        'enterprise_members',
        'micro_factories',
        'factory_products',
        'piece_rates',
        'factory_workers',
        'presence_days',
        'piece_day_totals',
        'piece_adjustments',
        'settlements',
        'settlement_lines',
        'job_posts',
        'job_profiles',
        'job_applications',
        'employer_watchlist',
        'benefit_policies',
        'benefit_applications',
      ]),
    );

    // ── sign-in, over HTTP ──
    ctx.log(
      `  mixed-load: signing in ${residents.length} residents and ${owners.length} owners by SMS code, ${officerNames.length} officers by password…`,
    );
    const t0 = Date.now();
    const readCode = (phone: string) => ctx.sms.latest(phone)?.params.code;
    const residentSessions = await mapLimit(residents, SIGN_IN_CONCURRENCY, (r, i) =>
      signInByPhone(ctx.baseUrl, r.phone, readCode, addressOf(i)),
    );
    const ownerSessions = await mapLimit(owners, SIGN_IN_CONCURRENCY, (o, i) =>
      signInByPhone(ctx.baseUrl, o.phone, readCode, addressOf(residents.length + i)),
    );
    const officerSessions = await mapLimit(officerNames, SIGN_IN_CONCURRENCY, (username, i) =>
      signInStaff(ctx.baseUrl, username, DEMO_PASSWORD, addressOf(residents.length + owners.length + i)),
    );
    const signInSeconds = (Date.now() - t0) / 1000;
    const user = (kind: VirtualUser['kind'], s: Session): VirtualUser => ({
      kind,
      cookie: s.cookie,
      csrfToken: s.csrfToken,
    });
    const users: VirtualUser[] = [
      ...residentSessions.map((s) => user('resident', s)),
      ...ownerSessions.map((s, i) => ({
        ...user('owner', s),
        factory: { id: owners[i]!.factory_id, workerIds: owners[i]!.worker_ids, productIds: owners[i]!.product_ids },
      })),
      ...officerSessions.map((s) => user('officer', s)),
    ];

    // ── the load ──
    const ownerFactories = owners.map((o) => o.factory_id);
    const before = await todaysRecords(ctx, ownerFactories, today);
    const job: MixedLoadJob = {
      baseUrl: ctx.baseUrl,
      connections: ctx.load.connections,
      warmupS: ctx.load.warmupS,
      durationS: ctx.load.durationS,
      users,
      today,
      thisMonth: today.slice(0, 7),
      lastMonth: addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7),
      wagesFrom: addDays(today, -30),
      seed: 2026,
    };
    ctx.log(
      `  mixed-load: ${users.length} virtual users over ${job.connections} connections, ${job.warmupS} s warm-up + ${job.durationS} s…`,
    );
    // The machine may be shared: its 1-minute load average around the window says how much of it the run had.
    const loadBefore = loadavg()[0]!;
    const { result, cpu } = await runLoadWorker<MixedLoadResult>(WORKER, job, ctx.startPostgresCpuMeter);
    const loadAfter = loadavg()[0]!;
    const after = await todaysRecords(ctx, ownerFactories, today);

    // ── the report ──
    const written = after.records - before.records;
    const rollupAddsUp = after.quantity === after.rollup;
    const recordsNote =
      written === result.acceptedRecords && rollupAddsUp
        ? `records: ${written.toLocaleString('en')} written = accepted in the answers, day rollup = records`
        : `⚠ records: ${written.toLocaleString('en')} written, ${result.acceptedRecords.toLocaleString('en')} accepted in the answers; today's rollup ${after.rollup} vs records ${after.quantity}`;
    const routeFailures = result.routes.filter((r) => failedCount(r) > 0);
    const failed = routeFailures.reduce((sum, r) => sum + failedCount(r), 0);
    for (const r of routeFailures) ctx.log(`  mixed-load: ${r.route} — ${failures(r)}; first: ${r.firstFailure}`);

    const overall: LoadStats = {
      requests: result.overall.requests,
      errors: failed,
      elapsedS: result.overall.elapsedS,
      rps: result.overall.rps,
      meanMs: result.overall.meanMs,
      medianMs: result.overall.medianMs,
      p90Ms: result.overall.p90Ms,
      p99Ms: result.overall.p99Ms,
      maxMs: result.overall.maxMs,
      cpu,
    };
    const title = `mixed-load, ${job.connections} connections, ${job.durationS} s`;
    const rows: BenchRow[] = [
      {
        name: title,
        medianMs: overall.medianMs,
        p99Ms: overall.p99Ms,
        rps: overall.rps,
        vsRaw: null,
        target: 'p99 ≤ 100 ms at 32 connections, 0 failed',
        met: job.connections >= 32 && overall.p99Ms <= 100 && failed === 0,
        notes: [
          failed === 0
            ? 'failed: 0 (non-2xx, no answer, or a 200 breaking its promise)'
            : `⚠ failed: ${failed} (${routeFailures.map((r) => `${r.route}: ${failures(r)}`).join('; ')})`,
          `${overall.requests.toLocaleString('en')} requests`,
          `${residents.length} residents, ${owners.length} owners, ${officerNames.length} officers signed in over HTTP in ${signInSeconds.toFixed(1)} s`,
          `${result.resends} resends`,
          recordsNote,
          `data: ${piecework.records.toLocaleString('en')} piece records, ${history.paid.toLocaleString('en')} paid settlements, ${jobs.posts.toLocaleString('en')} posts, ${jobs.profiles.toLocaleString('en')} job profiles, ${applications.toLocaleString('en')} applications`,
          warm,
          cpuNote(overall),
          `machine load average (1 min) ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
        ]
          .filter(Boolean)
          .join('; '),
        stats: overall,
      },
    ];
    for (const r of result.routes) {
      const action = ACTIONS.find((a) => a.route === r.route)!;
      const share = overall.requests ? (r.requests / overall.requests) * 100 : 0;
      rows.push({
        name: `${action.kind}: ${r.route}`,
        under: title,
        medianMs: r.medianMs,
        p99Ms: r.p99Ms,
        rps: r.rps,
        vsRaw: null,
        notes: [
          `${share.toFixed(0)} % of requests`,
          action.what,
          kb(r.bytesPerResponse),
          failedCount(r) ? `⚠ ${failures(r)}` : 'failed: 0',
        ].join('; '),
        stats: stats(r, result.overall.elapsedS),
      });
    }
    return rows;
  },
};
