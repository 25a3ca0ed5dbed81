/**
 * Two-way matching at the scale (SPEC §3.2; issue: 100,000 open posts
 * and 50,000 job seekers): a resident's top 20 posts with reasons, an
 * employer's top 20 candidates for a post, and the bare nearest-posts index
 * query on the same data as the yardstick (the full match should stay within
 * 3× of it; both walk the same nearest-posts GiST index, the bare query as an
 * index-only scan: ADR 0034, 0037). Latency
 * rows run one caller at a time (the figure a person waits); a throughput row
 * runs the load's concurrent callers.
 * The data comes from lib/generate-jobs.ts, set-based, scaled by --scale.
 */
import { sql } from 'kysely';
import { businessDay } from '../../src/shared/dates';
import { nearestPostIds } from '../../src/server/domains/jobs/jobs.repository';
import { candidatesFor, matchesFor } from '../../src/server/domains/jobs/matching.service';
import { cpuNote, errorNote, row } from '../lib/http-benchmark';
import { runCallLoad } from '../lib/load';
import type { Benchmark, BenchRow } from '../lib/types';
import { actorFor } from '../lib/actor';
import { warmNote } from '../lib/database';
import { generateJobs } from '../lib/generate-jobs';

export const jobsMatching: Benchmark = {
  name: 'jobs-matching',
  description:
    "A resident's top-20 jobs with reasons (service call: one database call ranks the pool nearest-first inside the hard limits, Node writes the reasons of those shown) and an employer's top-20 candidates for a post, against the bare nearest-posts GiST query on the same data.",
  async run(ctx) {
    const db = ctx.db;
    const { posts: postCount, profiles: profileCount, owner } = await generateJobs(ctx);

    const residentIds = (
      await db
        .selectFrom('job_profiles')
        .select('resident_id')
        .orderBy(sql`random()`)
        .limit(500)
        .execute()
    ).map((r) => r.resident_id);
    const homes = (
      await db.selectFrom('job_profiles').select('home_loc').where('resident_id', 'in', residentIds).execute()
    ).map((r) => r.home_loc);
    const samplePosts = await db
      .selectFrom('job_posts')
      .select(['id', 'enterprise_id'])
      .where('status', '=', 'published')
      .orderBy(sql`random()`)
      .limit(200)
      .execute();
    const seekerActor = actorFor(owner.id, []);
    const today = businessDay(new Date());
    let i = 0;
    const serial = { ...ctx.load, connections: 1 };
    const dataNote = `${postCount.toLocaleString('en')} posts, ${profileCount.toLocaleString('en')} profiles`;

    // Both queries' tables in shared buffers, as on a serving database (README, "Warm buffers").
    const warm = warmNote(
      await ctx.prewarm([
        'job_posts',
        'job_profiles',
        'job_applications',
        'enterprises',
        'employer_watchlist',
        'residents',
        'areas',
      ]),
    );
    ctx.log('  jobs-matching: bare nearest-posts query…');
    const bare = await runCallLoad(
      () => nearestPostIds(db, homes[i++ % homes.length]!, today, 20),
      serial,
      ctx.startPostgresCpuMeter,
    );
    ctx.log("  jobs-matching: a resident's top 20 with reasons…");
    const full = await runCallLoad(
      () =>
        matchesFor(
          { db, cipher: ctx.cipher, actor: seekerActor, ip: null, now: new Date() },
          residentIds[i++ % residentIds.length]!,
          { motherOnly: false, limit: 20 },
        ),
      serial,
      ctx.startPostgresCpuMeter,
    );
    ctx.log("  jobs-matching: a resident's top 20, concurrent callers…");
    const fullLoad = await runCallLoad(
      () =>
        matchesFor(
          { db, cipher: ctx.cipher, actor: seekerActor, ip: null, now: new Date() },
          residentIds[i++ % residentIds.length]!,
          { motherOnly: false, limit: 20 },
        ),
      ctx.load,
      ctx.startPostgresCpuMeter,
    );
    ctx.log("  jobs-matching: an employer's top 20 candidates for a post…");
    const employer = await runCallLoad(
      () => {
        const p = samplePosts[i++ % samplePosts.length]!;
        return candidatesFor(
          {
            db,
            cipher: ctx.cipher,
            actor: actorFor(owner.id, [{ id: p.enterprise_id, name: '' }]),
            ip: null,
            now: new Date(),
          },
          p.id,
        );
      },
      serial,
      ctx.startPostgresCpuMeter,
    );

    const ratio = full.medianMs / bare.medianMs;
    const rows: BenchRow[] = [];
    rows.push(
      row('jobs nearest 20 posts, bare GiST query', bare, null, [
        dataNote,
        'one caller',
        warm,
        cpuNote(bare),
        errorNote(bare),
      ]),
    );
    rows.push({
      ...row("jobs resident's top 20 with reasons", full, null, [
        'one caller; the 60 nearest inside walking and schedule limits scored in SQL, reasons for the 20 shown',
        cpuNote(full),
        errorNote(full),
      ]),
      target: 'p50 ≤ 3 ms, p99 ≤ 10 ms',
      met: full.medianMs <= 3 && full.p99Ms <= 10,
    });
    rows.push({
      ...row(
        'full match ÷ bare query (medians)',
        full,
        null,
        [`${ratio.toFixed(2)}× (${full.medianMs.toFixed(2)} ms ÷ ${bare.medianMs.toFixed(2)} ms)`],
        "jobs resident's top 20 with reasons",
      ),
      target: '≤ 3× bare',
      met: ratio <= 3,
    });
    rows.push(
      row(
        `jobs resident's top 20, ${ctx.load.connections} callers`,
        fullLoad,
        null,
        ['throughput', cpuNote(fullLoad), errorNote(fullLoad)],
        "jobs resident's top 20 with reasons",
      ),
    );
    rows.push({
      ...row("jobs employer's top 20 candidates for a post", employer, null, [
        'one caller; includes the audit record of the read',
        cpuNote(employer),
        errorNote(employer),
      ]),
      target: 'p99 ≤ 30 ms',
      met: employer.p99Ms <= 30,
    });
    return rows;
  },
};
