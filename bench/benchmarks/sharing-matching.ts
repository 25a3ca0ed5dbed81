/**
 * Shared-employment matching at the scale (SPEC §3.5; 10,000 surplus and 10,000 shortage
 * posts): a firm's top 20 counterparts for one of its posts, ranked by skills, overlapping days and
 * walking distance with a reason for each part (ADR 0059). The database scores and picks the best 20
 * (sharing_ranked_counterparts, ADR 0072), reading only the posts that could still reach the floor a
 * probe of 200 sets; Node reads the 20 and writes their reasons.
 * Latency runs one caller at a time (the figure an owner waits). Data: set-based, scaled by --scale.
 */
import { sql } from 'kysely';
import { ownPostMatches } from '../../src/server/domains/sharing/sharing.service';
import { actorFor } from '../lib/actor';
import { warmNote } from '../lib/database';
import { cpuNote, errorNote, row } from '../lib/http-benchmark';
import { runCallLoad } from '../lib/load';
import type { Benchmark, BenchContext } from '../lib/types';

const SKILLS = ['packing', 'sewing', 'cooking', 'cleaning', 'serving', 'assembly', 'delivery', 'quality_check'];

/** Surplus and shortage posts spread over the generated firms and the street's workplaces, dates within 90 days. */
async function generatePosts(ctx: BenchContext, perKind: number) {
  const user = await ctx.db.selectFrom('users').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
  await sql`
    with e as (select array_agg(id order by id) as ids from enterprises),
         s as (select array_agg(id order by id) as ids from areas
               where lat is not null and lng is not null and level not in ('district', 'street')),
         k(kind) as (values ('surplus'), ('shortage'))
    insert into sharing_posts (enterprise_id, area_id, kind, skills, headcount, start_date, end_date,
                               daily_hours, pay_fen_per_day, client_key, created_by_user_id)
    select e.ids[1 + (g * 7 + length(k.kind)) % cardinality(e.ids)],
           s.ids[1 + (g * 13) % cardinality(s.ids)],
           k.kind,
           array[(${sql.val(SKILLS)}::text[])[1 + g % 8], (${sql.val(SKILLS)}::text[])[1 + (g / 8) % 8]],
           1 + g % 20,
           current_date + (g % 60),
           current_date + (g % 60) + 7 + (g % 30),
           case when k.kind = 'shortage' then 8 end,
           case when k.kind = 'shortage' then 15000 + (g % 50) * 100 end,
           'bench-' || k.kind || '-' || g,
           ${user.id}
    from generate_series(1, ${perKind}) g, e, s, k
  `.execute(ctx.db);
  await sql`analyze sharing_posts`.execute(ctx.db);
}

export const sharingMatching: Benchmark = {
  name: 'sharing-matching',
  description:
    "A firm's top-20 shared-employment counterparts for one of its posts (service call: ranked in the database by skills, days and walking distance over the open posts of the other kind whose dates meet; the 20 read with reasons).",
  async run(ctx) {
    const perKind = Math.max(100, Math.round(10_000 * ctx.scaleFactor));
    ctx.log(`  sharing-matching: ${perKind.toLocaleString('en')} surplus and shortage posts each…`);
    await generatePosts(ctx, perKind);
    const sample = await ctx.db
      .selectFrom('sharing_posts')
      .select(['id', 'enterprise_id'])
      .orderBy(sql`random()`)
      .limit(300)
      .execute();
    const user = await ctx.db.selectFrom('users').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
    const warm = warmNote(await ctx.prewarm(['sharing_posts', 'enterprises', 'areas']));
    let i = 0;
    ctx.log("  sharing-matching: a firm's top 20 counterparts…");
    const stats = await runCallLoad(
      () => {
        const p = sample[i++ % sample.length]!;
        return ownPostMatches(
          {
            db: ctx.db,
            cipher: ctx.cipher,
            actor: actorFor(user.id, [{ id: p.enterprise_id, name: '' }]),
            ip: null,
            now: new Date(),
          },
          p.id,
        );
      },
      { ...ctx.load, connections: 1 },
      ctx.startPostgresCpuMeter,
    );
    return [
      {
        ...row("sharing firm's top 20 counterparts", stats, null, [
          `${perKind.toLocaleString('en')} surplus + ${perKind.toLocaleString('en')} shortage posts`,
          'one caller; scored and picked in the database (sharing_ranked_counterparts), reasons for the 20 in Node',
          warm,
          cpuNote(stats),
          errorNote(stats),
        ]),
        target: 'p99 ≤ 20 ms',
        met: stats.p99Ms <= 20,
      },
    ];
  },
};
