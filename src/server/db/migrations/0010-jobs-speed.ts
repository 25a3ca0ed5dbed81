/**
 * A resident's matches in one planned-once statement (ADR 0033, 0034).
 *
 * 1. The nearest-posts GiST index carries, besides its keys, every fact the
 *    ranking reads (INCLUDE): the KNN walk over the nearest posts is an
 *    index-only scan and reads no table rows. It replaces job_posts_public_knn
 *    (same keys, same predicate), so every nearest-posts query uses it.
 * 2. jobs_ranked_posts() finds the pool inside the hard limits, scores it with
 *    the arithmetic of match-score.ts, and joins the display fields of only the
 *    best few. It is a function so that its plan is made once per connection
 *    (PL/pgSQL caches it) instead of on every call. The weights and constants
 *    are arguments (`model`, from match-score.ts), so no weight lives here; the
 *    shape of each part does, and an equivalence test holds it to scoreMatch.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index job_posts_match_knn on job_posts using gist (loc, valid_until, mother_status)
      include (id, type, flexible, slot_count, pay_min_fen, pay_max_fen, pay_unit, skills, slots)
      where status = 'published';
    drop index job_posts_public_knn;

    -- jobs_ranked_posts(): src/server/domains/jobs/sql/jobs_ranked_posts.sql (ADR 0048)
  `.execute(db);
}
