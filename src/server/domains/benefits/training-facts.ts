/**
 * Training's facts enter the eligibility rules here (SPEC §3.3, §3.6): the training domain hands
 * over a person's hours of completed basic courses and valid certificates inside its own
 * transaction; they are kept in person_facts, and a change re-evaluates the person's policies,
 * so a completed course suggests 培训补贴 in the same commit, the way a hire suggests an
 * employer's subsidy.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types';
import { reevaluateSubjects } from './benefits.service';

export interface TrainingFacts {
  basic_training_hours: number;
  training_certificates: number;
  skill_certificates: number;
}

export async function recordTrainingFacts(
  trx: Transaction<Database>,
  residentId: number,
  facts: TrainingFacts,
  now: Date,
): Promise<void> {
  const changed = await trx
    .updateTable('person_facts')
    .set({
      basic_training_hours: facts.basic_training_hours,
      training_certificates: facts.training_certificates,
      skill_certificates: facts.skill_certificates,
    })
    .where('resident_id', '=', residentId)
    .where(
      sql<boolean>`(basic_training_hours, training_certificates, skill_certificates) is distinct from (${facts.basic_training_hours}::int, ${facts.training_certificates}::int, ${facts.skill_certificates}::int)`,
    )
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) > 0) await reevaluateSubjects(trx, 'person', [residentId], 'training', now);
}
