/** PIPL art. 47: a resident may close their account; the time is kept, the sign-in is ended. */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column closed_at timestamptz;
    alter table users add constraint users_closed_inactive check (closed_at is null or not active);
  `.execute(db);
}
