/**
 * A 免申即享 batch is prepared by one street officer and confirmed by another
 * (SPEC §3.3; ADR 0051). Preparing it keeps its recipients as rows — each with
 * their amount, community and the facts the rule was evaluated on — so the
 * officers review exactly who will be paid, leave people out with a reason,
 * and confirm that list; awards are created only on confirmation.
 *
 * Batches confirmed before this migration were prepared and confirmed in one
 * step by one officer: they keep that officer as both, and the maker ≠ checker
 * check applies to new rows only (NOT VALID).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table benefit_payment_batches
      add column status text not null default 'confirmed' check (status in ('prepared','confirmed')),
      add column policy_version int,
      add column prepared_by_user_id bigint references users(id),
      add column prepared_at timestamptz,
      alter column confirmed_by_user_id drop not null,
      alter column confirmed_at drop not null,
      alter column confirmed_at drop default;
    update benefit_payment_batches set prepared_by_user_id = confirmed_by_user_id, prepared_at = confirmed_at;
    alter table benefit_payment_batches
      alter column status drop default,
      alter column prepared_by_user_id set not null,
      alter column prepared_at set not null,
      add constraint benefit_payment_batches_confirmed
        check ((status = 'confirmed') = (confirmed_by_user_id is not null and confirmed_at is not null)),
      add constraint benefit_payment_batches_version check ((kind = 'automatic') = (policy_version is not null)) not valid,
      -- the maker never checks a 免申即享 batch
      add constraint benefit_payment_batches_two_officers
        check (kind <> 'automatic' or confirmed_by_user_id is null or confirmed_by_user_id <> prepared_by_user_id) not valid;
    -- one batch of a policy under review at a time (preparing again returns it)
    create unique index benefit_payment_batches_prepared_uq on benefit_payment_batches (policy_id) where status = 'prepared';

    create table benefit_batch_items (
      id bigint generated always as identity primary key,
      batch_id bigint not null references benefit_payment_batches(id),
      resident_id bigint references residents(id),
      enterprise_id bigint references enterprises(id),
      area_id bigint not null references areas(id),
      community_id bigint references areas(id),
      amount_fen bigint not null check (amount_fen >= 0),
      facts jsonb not null,
      excluded_by_user_id bigint references users(id),
      excluded_at timestamptz,
      exclusion_reason text check (length(exclusion_reason) between 2 and 500),
      check ((resident_id is null) <> (enterprise_id is null)),
      check ((excluded_by_user_id is null) = (exclusion_reason is null)
        and (excluded_at is null) = (exclusion_reason is null))
    );
    create unique index benefit_batch_items_resident_uq on benefit_batch_items (batch_id, resident_id) where resident_id is not null;
    create unique index benefit_batch_items_enterprise_uq on benefit_batch_items (batch_id, enterprise_id) where enterprise_id is not null;
    create index benefit_batch_items_batch_idx on benefit_batch_items (batch_id, id);
  `.execute(db);
}
