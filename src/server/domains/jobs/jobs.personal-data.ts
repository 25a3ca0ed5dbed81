/** What jobs keeps about a person, for their own data download. */
import { sql } from 'kysely';
import { registerPersonalDataSection } from '../../platform/personal-data';

registerPersonalDataSection('jobs', async (db, residentId) => {
  const [profile, applications, employments] = await Promise.all([
    db
      .selectFrom('job_profiles')
      .select([
        'skills',
        'job_types',
        'min_pay_fen',
        'min_pay_unit',
        'windows',
        'school_hours_preset',
        'home_area_id',
        'max_walk_minutes',
        'discoverable',
        'updated_at',
      ])
      .where('resident_id', '=', residentId)
      .executeTakeFirst(),
    db
      .selectFrom('job_applications as ap')
      .innerJoin('job_posts as p', 'p.id', 'ap.post_id')
      .innerJoin('enterprises as e', 'e.id', 'ap.enterprise_id')
      .select([
        'ap.id',
        'p.title as post',
        'e.name as employer',
        'ap.status',
        'ap.shared_fields',
        'ap.created_at',
        'ap.updated_at',
      ])
      .where('ap.resident_id', '=', residentId)
      .orderBy('ap.id')
      .execute(),
    db
      .selectFrom('employments as em')
      .innerJoin('enterprises as e', 'e.id', 'em.enterprise_id')
      .select(['e.name as employer', 'em.title', 'em.start_date', 'em.end_date', sql<string>`em.source`.as('source')])
      .where('em.resident_id', '=', residentId)
      .orderBy('em.start_date')
      .execute(),
  ]);
  return { profile: profile ?? null, applications, employments };
});
