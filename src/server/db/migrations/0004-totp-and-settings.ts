/**
 * Platform settings (kept by the security administrator) and TOTP second
 * factors for staff accounts (SPEC §4: "staff by password with TOTP as a setting").
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table settings (
      key text primary key,
      value jsonb not null,
      updated_by_user_id bigint references users(id),
      updated_at timestamptz not null default now()
    );
    insert into settings (key, value) values ('staff_totp_required', 'false');

    alter table users
      add column totp_secret_enc bytea,
      add column totp_pending_enc bytea,
      add column totp_enabled_at timestamptz,
      -- the last accepted 30-second step: a code is accepted once
      add column totp_last_step bigint,
      add constraint users_totp_staff_only check (kind = 'staff' or (totp_secret_enc is null and totp_pending_enc is null)),
      add constraint users_totp_enabled check ((totp_secret_enc is null) = (totp_enabled_at is null));
  `.execute(db);
}
