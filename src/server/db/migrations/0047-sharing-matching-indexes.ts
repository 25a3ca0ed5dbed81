/**
 * Shared-employment matching ranked in the database (ADR 0072): the open posts of each kind are
 * found by a skill through a GIN index of their own, so a firm's best counterparts are read from
 * the posts that share a skill (or have every skill asked for) instead of from every open post.
 * Every post names one to twenty skills, as the API has always asked; the database now holds it.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table sharing_posts
      add constraint sharing_posts_skills_check check (cardinality(skills) between 1 and 20);
    create index sharing_posts_surplus_skills_idx on sharing_posts using gin (skills)
      where closed_at is null and kind = 'surplus';
    create index sharing_posts_shortage_skills_idx on sharing_posts using gin (skills)
      where closed_at is null and kind = 'shortage';
  `.execute(db);
}
