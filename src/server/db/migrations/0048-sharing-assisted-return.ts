/**
 * 代办 for a worker's early return (共享用工, SPEC §3.5): a community or street officer files the
 * request for a worker without a phone. Her say-so is a row in the consent ledger (paper, or spoken
 * before a named witness), and the return points at it; only an early return at the worker's own
 * request may carry one.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table sharing_agreement_workers
      add column return_consent_id bigint references consents(id),
      add constraint sharing_agreement_workers_return_consent_check
        check (return_consent_id is null or return_kind = 'worker_early');
  `.execute(db);
}
