/**
 * What one authenticated request pays besides its own SQL, piece by piece, in this process: reading the
 * session and its account (one query, as the app does; and as two, as it did), serialising the street
 * officer's resident page through its response schema (and with plain JSON.stringify, to compare), and
 * gzip-compressing it (what a client that accepts gzip makes the app do for an answer over the threshold).
 * Each row is one piece alone; the resident-list rows show the whole request.
 */
import { gzipSync } from 'node:zlib';
import { hrtime } from 'node:process';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { loadActor, loadSessionWithActor } from '../../src/server/domains/accounts';
import { COMPRESS_THRESHOLD_BYTES } from '../../src/server/http/compression';
import { residentPage } from '../../src/shared/schemas/residents';
import { exchange, signInStreetOfficer } from '../lib/http';
import { cpuNote, errorNote, kb, row } from '../lib/http-benchmark';
import { runCallLoad } from '../lib/load';
import { Samples, summarise } from '../lib/stats';
import type { Benchmark, LoadOptions, LoadStats } from '../lib/types';

/** One caller, back to back, for work that never waits (CPU only): per-call times after the warm-up. */
function runSyncLoad(call: () => unknown, load: LoadOptions): LoadStats {
  const samples = new Samples();
  const start = hrtime.bigint();
  const measureFrom = start + BigInt(Math.round(load.warmupS * 1e9));
  const stopAt = measureFrom + BigInt(Math.round(load.durationS * 1e9));
  let t0 = start;
  while (t0 < stopAt) {
    call();
    const t1 = hrtime.bigint();
    if (t0 >= measureFrom) samples.push(Number(t1 - t0) / 1e6);
    t0 = t1;
  }
  const elapsedS = Number(stopAt - measureFrom) / 1e9;
  return {
    requests: samples.length,
    errors: 0,
    elapsedS,
    rps: samples.length / elapsedS,
    ...summarise(samples.view()),
  };
}

export const requestPath: Benchmark = {
  name: 'request-path',
  description:
    'What an authenticated request pays besides its own SQL: the session and its account (one query; two, as before), serialising a resident page through its schema (and JSON.stringify), gzip.',
  async run(ctx) {
    const { session: officer, userId } = await signInStreetOfficer(ctx);
    const page = await exchange(`${ctx.baseUrl}/api/v1/residents?page=1&pageSize=20`, { headers: officer.headers });
    if (page.status !== 200) throw new Error(`resident page answered ${page.status}`);
    const body = JSON.parse(page.body.toString()) as unknown;
    const { sid } = await ctx.db
      .selectFrom('sessions')
      .select('sid')
      .where('user_id', '=', userId)
      .orderBy('expires_at', 'desc')
      .executeTakeFirstOrThrow();
    const pieces: { name: string; notes: string; stats: LoadStats }[] = [];

    ctx.log('  request-path: session and account, one query…');
    pieces.push({
      name: 'session + account, one query',
      notes: 'what the app does',
      stats: await runCallLoad(
        () => loadSessionWithActor(ctx.db, sid, new Date()),
        ctx.load,
        ctx.startPostgresCpuMeter,
      ),
    });
    ctx.log('  request-path: session, then account…');
    pieces.push({
      name: 'session, then account: two queries',
      notes: 'as before',
      stats: await runCallLoad(
        async () => {
          await ctx.db.selectFrom('sessions').select('data').where('sid', '=', sid).executeTakeFirst();
          await loadActor(ctx.db, userId);
        },
        ctx.load,
        ctx.startPostgresCpuMeter,
      ),
    });
    ctx.log('  request-path: serialising and compressing a page…');
    const serialise = serializerCompiler({ schema: residentPage, method: 'GET', url: '/api/v1/residents' });
    pieces.push({
      name: 'serialise the page through its schema',
      notes: `${kb(page.body.length)}; one caller`,
      stats: runSyncLoad(() => serialise(body), ctx.load),
    });
    pieces.push({
      name: 'JSON.stringify the page',
      notes: 'one caller; no schema: for comparison',
      stats: runSyncLoad(() => JSON.stringify(body), ctx.load),
    });
    const zipped = gzipSync(page.body).length;
    pieces.push({
      name: 'gzip the page',
      notes: `${kb(page.body.length)} → ${kb(zipped)}; one caller; answers under ${kb(COMPRESS_THRESHOLD_BYTES)} are sent as they are`,
      stats: runSyncLoad(() => gzipSync(page.body), ctx.load),
    });
    return pieces.map((p) =>
      row(`request-path: ${p.name}`, p.stats, null, [p.notes, cpuNote(p.stats), errorNote(p.stats)]),
    );
  },
};
