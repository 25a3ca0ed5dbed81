/**
 * Staff sign-in locks grow longer when they repeat (ADR 0009, `sign-in-limits.ts`):
 * `lockouts` counts the locks since the account's last successful sign-in and
 * picks the next lock's length. A success, an administrator's unlock or a new
 * password sets it back to 0.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column lockouts int not null default 0;
    alter table users add constraint users_lockouts_nonnegative check (lockouts >= 0);
    alter table users add constraint users_failed_logins_nonnegative check (failed_logins >= 0);
  `.execute(db);
}
