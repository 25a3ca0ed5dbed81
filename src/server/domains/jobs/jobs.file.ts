/**
 * What jobs keeps about one resident or one enterprise, for the whole file an
 * officer opens (一人一档, SPEC §4). The caller has checked the subject is in
 * her scope; every row here belongs to that subject.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client';

function employments(db: Db) {
  return db
    .selectFrom('employments as em')
    .innerJoin('enterprises as e', 'e.id', 'em.enterprise_id')
    .innerJoin('residents as r', 'r.id', 'em.resident_id')
    .select([
      'em.enterprise_id',
      'e.name as enterprise_name',
      'em.resident_id',
      'r.name as resident_name',
      'em.title',
      'em.start_date',
      'em.end_date',
      'em.source',
    ])
    .orderBy('em.start_date', 'desc')
    .orderBy('em.id', 'desc');
}

function presentEmployment(r: Awaited<ReturnType<ReturnType<typeof employments>['execute']>>[number]) {
  return {
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    residentId: r.resident_id,
    residentName: r.resident_name,
    title: r.title,
    startDate: r.start_date,
    endDate: r.end_date,
    throughPlatform: r.source === 'platform',
  };
}

export async function jobsResidentFile(db: Db, residentId: number) {
  const [profile, applications, hired] = await Promise.all([
    db
      .selectFrom('job_profiles as j')
      .innerJoin('areas as a', 'a.id', 'j.home_area_id')
      .select([
        'j.skills',
        'j.job_types',
        'j.max_walk_minutes',
        'a.name as home_area_name',
        'j.discoverable',
        'j.updated_at',
      ])
      .where('j.resident_id', '=', residentId)
      .executeTakeFirst(),
    db
      .selectFrom('job_applications as ap')
      .innerJoin('job_posts as p', 'p.id', 'ap.post_id')
      .innerJoin('enterprises as e', 'e.id', 'ap.enterprise_id')
      .leftJoin('users as u', 'u.id', 'ap.assisted_by_user_id')
      .select([
        'ap.id',
        'ap.post_id',
        'p.title as post_title',
        'ap.enterprise_id',
        'e.name as enterprise_name',
        'ap.status',
        'u.display_name as assisted_by',
        'ap.created_at',
      ])
      .where('ap.resident_id', '=', residentId)
      .orderBy('ap.id', 'desc')
      .execute(),
    employments(db).where('em.resident_id', '=', residentId).execute(),
  ]);
  return {
    profile: profile
      ? {
          skills: profile.skills,
          jobTypes: profile.job_types as ('full_time' | 'part_time' | 'piecework' | 'hourly' | 'gig' | 'shared')[],
          maxWalkMinutes: profile.max_walk_minutes,
          homeAreaName: profile.home_area_name,
          discoverable: profile.discoverable,
          updatedAt: profile.updated_at.toISOString(),
        }
      : null,
    applications: applications.map((a) => ({
      id: a.id,
      postId: a.post_id,
      postTitle: a.post_title,
      enterpriseId: a.enterprise_id,
      enterpriseName: a.enterprise_name,
      status: a.status,
      assistedBy: a.assisted_by,
      createdAt: a.created_at.toISOString(),
    })),
    employments: hired.map(presentEmployment),
  };
}

export async function jobsEnterpriseFile(db: Db, enterpriseId: number) {
  const [posts, hires] = await Promise.all([
    db
      .selectFrom('job_posts as p')
      .select([
        'p.id',
        'p.title',
        'p.status',
        'p.mother_status',
        'p.headcount',
        'p.valid_until',
        sql<number>`(select count(*)::int from job_applications ap where ap.post_id = p.id)`.as('applications'),
      ])
      .where('p.enterprise_id', '=', enterpriseId)
      .orderBy('p.id', 'desc')
      .execute(),
    employments(db).where('em.enterprise_id', '=', enterpriseId).execute(),
  ]);
  return {
    posts: posts.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      motherStatus: p.mother_status,
      headcount: p.headcount,
      applications: p.applications,
      validUntil: p.valid_until,
    })),
    hires: hires.map(presentEmployment),
  };
}
