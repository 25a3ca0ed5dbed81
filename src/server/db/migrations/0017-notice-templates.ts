/**
 * A notice keeps what it says as a template and its parameters, so the inbox
 * writes its title and body in the reader's language (NOTICE_TEXTS in
 * platform/notice-texts.ts). The Chinese title and body are still stored: an
 * older notice (without a template) shows them as before.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table notifications add column template text, add column params jsonb;
    alter table notifications add constraint notifications_template_params check ((template is null) = (params is null));
  `.execute(db);
}
