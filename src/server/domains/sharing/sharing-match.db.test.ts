/**
 * The database ranks a post's counterparts (sharing_ranked_counterparts, ADR 0072); the service
 * used to read the pool and rank it in Node with scoreSharing. Over random posts, sites and
 * limits, on this run's PostgreSQL, the two must give the same list: the same posts in the same
 * order, with the same scores and walking minutes. The reference below is the earlier
 * implementation, its SQL kept verbatim: the open posts of the other kind from other firms whose
 * dates meet, at most 2,000 by id, scored and sorted in Node.
 */
import fc from 'fast-check';
import { type Transaction } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../tests/support/test-app';
import { businessDay } from '../../../shared/dates';
import type { Database } from '../../db/types';
import { KM_PER_DEGREE_LAT, KM_PER_DEGREE_LNG } from '../jobs';
import { findPost, rankedCounterparts, type PostRow } from './sharing.repository';
import { scoreSharing, SHARING_MODEL } from './sharing-match';

const t = useTestApp();

class Rollback extends Error {}

const side = (p: PostRow) => ({
  skills: p.skills,
  startDate: p.start_date,
  endDate: p.end_date,
  lat: p.lat ?? 0,
  lng: p.lng ?? 0,
});

/** The earlier rankFor, verbatim apart from reading its pool's SQL from here. */
async function referenceRanking(trx: Transaction<Database>, post: PostRow, today: string, limit: number) {
  const pool = await trx
    .selectFrom('sharing_posts as p')
    .innerJoin('enterprises as e', 'e.id', 'p.enterprise_id')
    .innerJoin('areas as s', 's.id', 'p.area_id')
    .select(['p.id', 'p.skills', 'p.start_date', 'p.end_date', 's.lat', 's.lng'])
    .where('p.kind', '=', post.kind === 'surplus' ? 'shortage' : 'surplus')
    .where('p.closed_at', 'is', null)
    .where('p.end_date', '>=', today)
    .where('p.enterprise_id', '<>', post.enterprise_id)
    .where('p.start_date', '<=', post.end_date)
    .where('p.end_date', '>=', post.start_date)
    .orderBy('p.id')
    .limit(2000)
    .execute();
  const scored = [];
  for (const other of pool) {
    const [surplus, shortage] =
      post.kind === 'surplus' ? [side(post), side(other as PostRow)] : [side(other as PostRow), side(post)];
    const s = scoreSharing(surplus, shortage);
    if (s) scored.push({ id: other.id, score: s.score, minutes: s.walkMinutes });
  }
  scored.sort((a, b) => b.score - a.score || a.minutes - b.minutes || a.id - b.id);
  return scored.slice(0, limit);
}

const SKILLS = ['packing', 'sewing', 'cooking', 'cleaning', 'serving'] as const;
const post = fc.record({
  kind: fc.constantFrom('surplus', 'shortage'),
  firm: fc.nat(3),
  site: fc.nat(5),
  // duplicates included: the database allows them and both sides must count them alike
  skills: fc.array(fc.constantFrom(...SKILLS), { minLength: 1, maxLength: 4 }),
  start: fc.integer({ min: -15, max: 40 }),
  days: fc.integer({ min: 1, max: 45 }),
  closed: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
});
// Sites up to ±4 km apart: walks from 1 minute to past the hour where distance gives nothing.
const site = fc.record({
  dx: fc.double({ min: -4, max: 4, noNaN: true }),
  dy: fc.double({ min: -4, max: 4, noNaN: true }),
});

describe("the database's sharing ranking equals scoreSharing's", () => {
  it('on random posts, sites and limits', { timeout: 180_000 }, async () => {
    const now = new Date();
    const today = businessDay(now);
    const day = (offset: number) => businessDay(new Date(now.getTime() + offset * 86_400_000));
    const firms = (await t.adminQuery('select id from enterprises order by id limit 4')).rows.map((r) => Number(r.id));
    const sites = (
      await t.adminQuery(
        `select id from areas where lat is not null and lng is not null and level not in ('district', 'street')
          order by id limit 6`,
      )
    ).rows.map((r) => Number(r.id));
    const owner = Number((await t.adminQuery('select id from users order by id limit 1')).rows[0].id);
    expect(firms).toHaveLength(4);
    expect(sites).toHaveLength(6);
    let compared = 0;
    let full = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(post, { minLength: 10, maxLength: 90 }),
        fc.array(site, { minLength: 6, maxLength: 6 }),
        fc.nat(),
        async (posts, places, pick) => {
          await t.db
            .transaction()
            .execute(async (trx) => {
              // the posts of this case only: the street's own are closed for it, and all is rolled back after
              await trx.updateTable('sharing_posts').set({ closed_at: now }).where('closed_at', 'is', null).execute();
              for (const [i, id] of sites.entries())
                await trx
                  .updateTable('areas')
                  .set({
                    lat: 35.96 + places[i]!.dy / KM_PER_DEGREE_LAT,
                    lng: 120.2 + places[i]!.dx / KM_PER_DEGREE_LNG,
                  })
                  .where('id', '=', id)
                  .execute();
              const ids = await trx
                .insertInto('sharing_posts')
                .values(
                  posts.map((p, i) => ({
                    enterprise_id: firms[p.firm]!,
                    area_id: sites[p.site]!,
                    kind: p.kind,
                    skills: p.skills,
                    headcount: 1,
                    start_date: day(p.start),
                    end_date: day(p.start + p.days - 1),
                    daily_hours: p.kind === 'shortage' ? 8 : null,
                    pay_fen_per_day: p.kind === 'shortage' ? 20000 : null,
                    closed_at: p.closed ? now : null,
                    client_key: `fc-${i}`,
                    created_by_user_id: owner,
                  })),
                )
                .returning('id')
                .execute();
              const me = (await findPost(trx, Number(ids[pick % ids.length]!.id)))!;
              // the service's limit and probe, and small ones that make the floor prune on a few posts
              for (const [limit, probe] of [
                [20, 200],
                [3, 4],
                [1, 1],
              ] as const) {
                const got = await rankedCounterparts(trx, { postId: me.id, today, limit, probe, model: SHARING_MODEL });
                const want = await referenceRanking(trx, me, today, limit);
                expect(got, `post ${JSON.stringify(me)} limit ${limit} probe ${probe}`).toEqual(want);
                compared++;
                if (want.length === limit) full++;
              }
              throw new Rollback();
            })
            .catch((e: unknown) => {
              if (!(e instanceof Rollback)) throw e;
            });
        },
      ),
      { numRuns: 80 },
    );
    // The data must exercise the ranking, not compare short lists: most comparisons fill their limit.
    expect(full).toBeGreaterThan(compared / 3);
  });
});
