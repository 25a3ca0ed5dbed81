/**
 * A resident chooses how her matches are ordered — by the match score or by
 * walking time alone (《互联网信息服务算法推荐管理规定》 第十七条: the right to
 * choose a list not built on her profile's weights). The choice is kept with
 * her job profile so it holds on every device and for an officer acting for her.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table job_profiles
      add column match_order text not null default 'score' check (match_order in ('score', 'walk'));
  `.execute(db);
}
