/** What benefits keeps about a person, for their own data download. */
import { registerPersonalDataSection } from '../../platform/personal-data';

registerPersonalDataSection('benefits', async (db, residentId) => {
  const [facts, applications, awards] = await Promise.all([
    db
      .selectFrom('resident_facts')
      .select(['unemployed_registered_on', 'youngest_child_birth_date', 'updated_at'])
      .where('resident_id', '=', residentId)
      .executeTakeFirst(),
    db
      .selectFrom('benefit_applications as a')
      .innerJoin('benefit_policies as p', 'p.id', 'a.policy_id')
      .select(['a.id', 'p.title as policy', 'a.status', 'a.amount_fen', 'a.created_at', 'a.updated_at'])
      .where('a.resident_id', '=', residentId)
      .orderBy('a.id')
      .execute(),
    db
      .selectFrom('benefit_awards as w')
      .innerJoin('benefit_policies as p', 'p.id', 'w.policy_id')
      .select(['p.title as policy', 'w.amount_fen', 'w.created_at'])
      .where('w.resident_id', '=', residentId)
      .orderBy('w.created_at')
      .execute(),
  ]);
  return { facts: facts ?? null, applications, awards };
});
