/**
 * A resident's matches, the same ranking with fewer steps (ADR 0037).
 *
 * jobs_ranked_posts() keeps its arguments, its result and its arithmetic
 * (match-score.ts; matching.db.test.ts holds the two together). What changes
 * is how it gets there:
 *
 * 1. The nearest posts are read from the table rows the nearest-posts index
 *    points to (an index scan), not rebuilt from the index's own entries (an
 *    index-only scan): an index-only GiST walk rebuilds every entry of every
 *    leaf page it opens (some 12 pages of about 28 wide entries for 100
 *    posts), while the table rows are read for the posts walked past only. The rows carry the display fields,
 *    so the best `limit` no longer look their post up again by id.
 * 2. The profile is read once into variables; the pool and the score are one
 *    chain of subqueries over the walk instead of CTEs joined to the profile
 *    at each step. The pool's sort is on the walk's order (nearest first), so
 *    the walk stops as soon as `pool` posts inside her limits are found.
 * 3. Nothing reads the ranking facts from the index any more, so the index
 *    goes back to its keys and predicate, with `id` only (job_posts_nearest_knn:
 *    the bare nearest-posts query stays an index-only scan, as before).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index job_posts_nearest_knn on job_posts using gist (loc, valid_until, mother_status) include (id)
      where status = 'published';
    drop index job_posts_match_knn;

    -- jobs_ranked_posts(): src/server/domains/jobs/sql/jobs_ranked_posts.sql (ADR 0048)
  `.execute(db);
}
