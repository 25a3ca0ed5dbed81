/**
 * A post's list card is kept on its row (ADR 0044).
 *
 * `job_posts.card` is the post as a list shows it, one JSON array in the order
 * of JobPostCard (src/server/db/types.ts): id, employer id and name, area id and name,
 * title, category, type, pay, schedule, skills, 妈妈岗 status, valid until.
 * Only triggers write it: every insert or update of a post builds it from the
 * row (so no write can leave it behind), and renaming an employer or an area
 * rebuilds the cards of its posts.
 *
 * jobs_ranked_posts() keeps its arguments, its walk, its limits and its
 * arithmetic (0013, match-score.ts; matching.db.test.ts holds the two
 * together). What changes:
 *
 * 1. Each post it answers is [card, red-listed, km, overlap]: the card is
 *    copied as it is, instead of seventeen fields being turned into JSON and
 *    two lookups (employer, area) made for each of the best 20 on every call.
 * 2. The pool is the walk's own order (nearest first) cut at `p_pool`, with no
 *    sort of its own: the walk stops at the pool's last post. Posts exactly as
 *    far as that last one are the index's choice, as they already were at the
 *    end of the walk (`p_scan`).
 * 3. The parts are written into the score's sum instead of being a subquery of
 *    their own: one layer fewer for each of the 60 posts.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Built by triggers (src/server/domains/jobs/sql/job_posts_card.sql, job_posts_card_names.sql, ADR 0048).
    -- The posts there were when this ran get theirs here, as job_posts_card() builds it, written out:
    -- the functions are created after the migrations.
    alter table job_posts add column card json;
    update job_posts p set card = json_build_array(
      p.id, p.enterprise_id, (select e.name from enterprises e where e.id = p.enterprise_id),
      p.area_id, (select a.name from areas a where a.id = p.area_id),
      p.title, p.category, p.type, p.pay_min_fen, p.pay_max_fen, p.pay_unit, p.flexible,
      p.windows, p.slot_count, p.skills, p.mother_status, p.valid_until);
    alter table job_posts alter column card set not null;
  `.execute(db);
}
