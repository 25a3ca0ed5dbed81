/**
 * 三员分立 for staff accounts: the system administrator creates an account
 * without any power ('unassigned', inactive); the security administrator grants
 * its role and areas, which activates it.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users drop constraint users_role_check;
    alter table users add constraint users_role_check check (role in
      ('resident','community_officer','street_officer','station_agent','lender','sysadmin','secadmin','auditor','unassigned'));
    alter table users add constraint users_unassigned_inactive check (role <> 'unassigned' or not active);
    alter table users add column created_by_user_id bigint references users(id);
  `.execute(db);
}
