/**
 * Controls around money the street pays (ADR 0051).
 *
 * A street officer may take the community review of an application when the
 * community's only officer filed it on someone's behalf; the same person then
 * never takes the street review too: two different people look at every
 * approved application, whoever filed it.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table benefit_applications add constraint benefit_applications_two_reviewers
      check (community_reviewer_user_id is null or street_reviewer_user_id is null
        or community_reviewer_user_id <> street_reviewer_user_id);
  `.execute(db);
}
