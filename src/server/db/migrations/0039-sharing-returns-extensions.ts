/**
 * Shared employment's end (共享用工, SPEC §3.5): workers go back to the lending firm at the end
 * date, early at their own request when the borrowing firm breaks its duties, or early for a
 * reason the agreement lists; an agreement whose workers have all gone back has ended. An
 * extension is a proposed new end date that both firms and every worker still lent agree to
 * again before it replaces the end date. Each step is also an event row.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table sharing_agreements drop constraint sharing_agreements_status_check;
    alter table sharing_agreements
      add constraint sharing_agreements_status_check check (status in ('pending', 'active', 'ended')),
      add column ended_at timestamptz,
      add column extension_end_date date,
      add column extension_lending_at timestamptz,
      add column extension_borrowing_at timestamptz,
      add constraint sharing_agreements_ended_check check ((status = 'ended') = (ended_at is not null)),
      add constraint sharing_agreements_extension_check check (
        (extension_end_date is null and extension_lending_at is null and extension_borrowing_at is null)
        or extension_end_date > end_date
      );

    alter table sharing_agreement_workers
      add column returned_on date,
      add column return_kind text check (return_kind in ('end_date', 'worker_early', 'borrower_reason')),
      add column return_duty text check (return_duty in ('hours', 'rest', 'safety', 'protective_equipment')),
      add column return_note text not null default '' check (length(return_note) <= 200),
      add column extension_consent text check (extension_consent in ('pending', 'consented', 'declined')),
      add constraint sharing_agreement_workers_return_check check ((returned_on is null) = (return_kind is null)),
      -- She names the duty the borrowing firm broke when she asks to go back early.
      add constraint sharing_agreement_workers_duty_check check ((return_kind = 'worker_early') = (return_duty is not null));
  `.execute(db);
}
