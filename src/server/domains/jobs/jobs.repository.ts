/** SQL of jobs and matching; nothing else. */
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { Db } from '../../db/client';
import type {
  Database,
  JobApplicationsTable,
  JobPostCard,
  JobPostsTable,
  JobProfilesTable,
  MotherStatus,
} from '../../db/types';
import type { Actor } from '../../core/actor';
import { areaInScope } from '../../http/scope';
import { communityNameOfArea } from '../areas';
import { HOURS_PER_UNIT, MATCH_WEIGHTS, radiusKmForMinutes, WALKING } from './match-score';

type Q = Db | Transaction<Database>;

export const pointSql = (p: { x: number; y: number }) => `(${p.x},${p.y})`;

// ── Areas and people ──

export function findPlace(db: Q, id: number) {
  return db
    .selectFrom('areas')
    .select(['id', 'name', 'path', 'level', 'lat', 'lng'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findResident(db: Q, id: number) {
  return db
    .selectFrom('residents as r')
    .innerJoin('areas as a', 'a.id', 'r.area_id')
    .leftJoin('areas as p', 'p.id', 'a.parent_id')
    .select([
      'r.id',
      'r.name',
      'r.phone',
      'r.gender',
      'r.birth_date',
      'r.area_id',
      'a.path as area_path',
      communityNameOfArea.as('community_name'),
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export function userName(db: Q, id: number | null) {
  if (id === null) return Promise.resolve(undefined);
  return db.selectFrom('users').select(['id', 'display_name']).where('id', '=', id).executeTakeFirst();
}

export function membersOf(db: Q, enterpriseId: number) {
  return db.selectFrom('enterprise_members').select('user_id').where('enterprise_id', '=', enterpriseId).execute();
}

export function findEnterprise(db: Q, id: number) {
  return db
    .selectFrom('enterprises as e')
    .select(['e.id', 'e.name', 'e.area_id', 'e.verified_at', 'e.owner_name', 'e.owner_phone'])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

export function currentWatchEntry(db: Q, enterpriseId: number) {
  return db
    .selectFrom('employer_watchlist')
    .select(['id', 'kind', 'reason'])
    .where('enterprise_id', '=', enterpriseId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

// ── Job profile ──

export function findProfile(db: Q, residentId: number) {
  return db
    .selectFrom('job_profiles as j')
    .innerJoin('areas as a', 'a.id', 'j.home_area_id')
    .leftJoin('users as u', 'u.id', 'j.updated_by_user_id')
    .select([
      'j.resident_id',
      'j.skills',
      'j.job_types',
      'j.min_pay_fen',
      'j.min_pay_unit',
      'j.windows',
      'j.slots',
      'j.slot_count',
      'j.school_hours_preset',
      'j.home_area_id',
      'j.home_loc',
      'j.max_walk_minutes',
      'j.discoverable',
      'a.name as home_area_name',
      'j.updated_by_user_id',
      'u.display_name as updated_by_name',
    ])
    .where('j.resident_id', '=', residentId)
    .executeTakeFirst();
}
export type ProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

export function upsertProfile(trx: Transaction<Database>, values: Insertable<JobProfilesTable>) {
  const { resident_id: _r, ...update } = values;
  void _r;
  return trx
    .insertInto('job_profiles')
    .values(values)
    .onConflict((oc) => oc.column('resident_id').doUpdateSet(update as Updateable<JobProfilesTable>))
    .execute();
}

export async function findMatchOrder(db: Q, residentId: number) {
  const row = await db
    .selectFrom('job_profiles')
    .select('match_order')
    .where('resident_id', '=', residentId)
    .executeTakeFirst();
  return row?.match_order ?? null;
}

export async function setMatchOrder(trx: Transaction<Database>, residentId: number, order: 'score' | 'walk') {
  const row = await trx
    .updateTable('job_profiles')
    .set({ match_order: order })
    .where('resident_id', '=', residentId)
    .returning('match_order')
    .executeTakeFirst();
  return row?.match_order ?? null;
}

// ── Posts ──

function postSelect(db: Q) {
  return db
    .selectFrom('job_posts as p')
    .innerJoin('enterprises as e', 'e.id', 'p.enterprise_id')
    .innerJoin('areas as a', 'a.id', 'p.area_id')
    .select([
      'p.id',
      'p.enterprise_id',
      'e.name as enterprise_name',
      'p.area_id',
      'a.name as area_name',
      'a.path as area_path',
      'p.loc',
      'p.title',
      'p.category',
      'p.type',
      'p.pay_min_fen',
      'p.pay_max_fen',
      'p.pay_unit',
      'p.flexible',
      'p.windows',
      'p.slots',
      'p.slot_count',
      'p.headcount',
      'p.skills',
      'p.requirements',
      'p.description',
      'p.contract',
      'p.social_insurance',
      'p.valid_until',
      'p.status',
      'p.review_note',
      'p.mother_status',
      'p.mother_note',
      'p.created_at',
      sql<boolean>`exists (select 1 from employer_watchlist w where w.enterprise_id = p.enterprise_id and w.kind = 'red' and w.removed_at is null)`.as(
        'red_listed',
      ),
    ]);
}
export type PostRow = Awaited<ReturnType<ReturnType<typeof postSelect>['execute']>>[number];

export function findPost(db: Q, id: number) {
  return postSelect(db).where('p.id', '=', id).executeTakeFirst();
}

export function lockPost(trx: Transaction<Database>, id: number) {
  return trx.selectFrom('job_posts').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export function insertPost(trx: Transaction<Database>, values: Insertable<JobPostsTable>) {
  return trx.insertInto('job_posts').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updatePost(trx: Transaction<Database>, id: number, values: Updateable<JobPostsTable>) {
  return trx.updateTable('job_posts').set(values).where('id', '=', id).execute();
}

/** Takes down every post of an employer that residents see or may soon see; the posts taken down. */
export function takeDownOpenPostsOf(
  trx: Transaction<Database>,
  enterpriseId: number,
  values: { note: string; userId: number; now: Date },
) {
  return trx
    .updateTable('job_posts')
    .set({
      status: 'taken_down',
      review_note: values.note,
      reviewed_by_user_id: values.userId,
      reviewed_at: values.now,
      updated_at: values.now,
    })
    .where('enterprise_id', '=', enterpriseId)
    .where('status', 'in', ['published', 'pending_review'])
    .returning(['id', 'title'])
    .execute();
}

export async function listEmployerPosts(db: Db, enterpriseIds: number[], page: number, pageSize: number) {
  if (enterpriseIds.length === 0) return { rows: [], total: 0 };
  const [rows, count] = await Promise.all([
    postSelect(db)
      .where('p.enterprise_id', 'in', enterpriseIds)
      .orderBy('p.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db
      .selectFrom('job_posts')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('enterprise_id', 'in', enterpriseIds)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export async function listReviewQueue(
  db: Db,
  actor: Actor,
  queue: 'review' | 'mother' | 'published',
  today: string,
  page: number,
  pageSize: number,
) {
  const base = (q: ReturnType<typeof postSelect>) => {
    let r = q.where(areaInScope('p.area_id', actor));
    if (queue === 'review') r = r.where('p.status', '=', 'pending_review').where('p.valid_until', '>=', today);
    else if (queue === 'mother')
      r = r.where('p.mother_status', '=', 'requested').where('p.status', 'in', ['pending_review', 'published']);
    else r = r.where('p.status', '=', 'published').where('p.valid_until', '>=', today);
    return r;
  };
  const [rows, all] = await Promise.all([
    base(postSelect(db))
      .orderBy('p.id', 'asc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base(postSelect(db))
      .select(sql<number>`count(*) over ()::int`.as('n'))
      .limit(1)
      .execute(),
  ]);
  return { rows, total: all[0]?.n ?? 0 };
}

// ── Matching: the database finds the nearest posts inside the hard limits ──

export interface NearbyPostRow {
  id: number;
  enterprise_id: number;
  enterprise_name: string;
  area_id: number;
  area_name: string;
  title: string;
  category: string;
  type: string;
  pay_min_fen: number;
  pay_max_fen: number;
  pay_unit: 'month' | 'day' | 'hour' | 'piece';
  flexible: boolean;
  windows: { days: number[]; from: string; to: string }[];
  slot_count: number;
  skills: string[];
  mother_status: MotherStatus;
  valid_until: string;
  red_listed: boolean;
  km: number;
  overlap: number;
}

/** The seeker's own facts, fetched in the same statement as her nearby posts. */
export interface SeekerRow {
  skills: string[];
  job_types: string[];
  min_pay_fen: number | null;
  min_pay_unit: 'month' | 'day' | 'hour' | 'piece' | null;
  slot_count: number;
  school_hours_preset: boolean;
  max_walk_minutes: number;
}

/** How many nearest posts (or people) the index hands over before the limits are applied (ADR 0024). */
export const NEAREST_SCAN = 100;

/** The score's weights and constants, handed to the database with each call (nothing there holds a weight). */
const MATCH_MODEL = JSON.stringify({
  ...MATCH_WEIGHTS,
  detour: WALKING.detourFactor,
  kmh: WALKING.kmPerHour,
  ...HOURS_PER_UNIT,
  radius: radiusKmForMinutes(1),
});

/**
 * A resident's best posts, ranked by the database in one call with her
 * profile (ADR 0033, 0037, 0044; the function is sql/jobs_ranked_posts.sql):
 *
 * 1. the GiST index `job_posts_nearest_knn` walks outward from home and stops
 *    after NEAREST_SCAN published, unexpired posts, read from their table rows
 *    (which also carry each post's card: what a list displays);
 * 2. of those, the ones inside her walking radius and touching her free time,
 *    nearest first, at most `pool`, are scored (as before: ADR 0024), each
 *    checked once more against the rounded walking minutes;
 * 3. the score is scoreMatch's arithmetic in SQL (an equivalence test holds
 *    the two together), ordered as the service orders: score, then walking
 *    minutes, then id;
 * 4. the best `limit` come back as their cards, with the red list read live.
 *
 * No profile, no rows.
 */
export async function rankedPostsFor(
  db: Db,
  q: { residentId: number; today: string; motherOnly: boolean; pool: number; limit: number },
): Promise<{ me: SeekerRow | null; posts: NearbyPostRow[] }> {
  const { rows } = await sql<{ r: { me: SeekerRow | null; posts: RankedPostTuple[] | null } }>`
    select jobs_ranked_posts(${q.residentId}, ${q.today}::date, ${q.motherOnly}, ${NEAREST_SCAN}, ${q.pool}, ${q.limit}, ${MATCH_MODEL}::jsonb) as r`.execute(
    db,
  );
  const r = rows[0]?.r;
  return { me: r?.me ?? null, posts: (r?.posts ?? []).map(rankedPostRow) };
}

/** A ranked post as jobs_ranked_posts sends it: the post's card (ADR 0044), then what is the pair's own. */
type RankedPostTuple = [card: JobPostCard, red_listed: boolean, km: number, overlap: number];

function rankedPostRow([card, red_listed, km, overlap]: RankedPostTuple): NearbyPostRow {
  const [
    id,
    enterprise_id,
    enterprise_name,
    area_id,
    area_name,
    title,
    category,
    type,
    pay_min_fen,
    pay_max_fen,
    pay_unit,
    flexible,
    windows,
    slot_count,
    skills,
    mother_status,
    valid_until,
  ] = card;
  return {
    id,
    enterprise_id,
    enterprise_name,
    area_id,
    area_name,
    title,
    category,
    type,
    pay_min_fen,
    pay_max_fen,
    pay_unit,
    flexible,
    windows,
    slot_count,
    skills,
    mother_status,
    valid_until,
    red_listed,
    km,
    overlap,
  };
}

/** The bare nearest-posts index query (the benchmark's yardstick for the full match). */
export async function nearestPostIds(db: Db, home: { x: number; y: number }, today: string, limit: number) {
  const { rows } = await sql<{ id: number }>`
    select p.id from job_posts p
     where p.status = 'published' and p.valid_until >= ${today}::date
     order by p.loc <-> point(${home.x}, ${home.y}) limit ${limit}`.execute(db);
  return rows;
}

export interface NearbyCandidateRow {
  resident_id: number;
  name: string;
  community_name: string | null;
  skills: string[];
  job_types: string[];
  min_pay_fen: number | null;
  min_pay_unit: 'month' | 'day' | 'hour' | 'piece' | null;
  slot_count: number;
  school_hours_preset: boolean;
  windows: { days: number[]; from: string; to: string }[];
  max_walk_minutes: number;
  km: number;
  overlap: number;
  application_id: number | null;
  application_status: JobApplicationsTable['status'] | null;
}

/**
 * Discoverable job seekers nearest the workplace whose own walking limit
 * reaches it and whose free time touches the post's hours.
 */
export async function nearbyCandidates(
  db: Db,
  q: {
    postId: number;
    work: { x: number; y: number };
    slots: string;
    flexible: boolean;
    minutesPerKm: number;
    pool: number;
  },
): Promise<NearbyCandidateRow[]> {
  const work = sql`point(${q.work.x}, ${q.work.y})`;
  const slots = sql`${q.slots}::bit(336)`;
  // The nearest NEAREST_SCAN discoverable people by the partial GiST index; then each one's own limits.
  const { rows } = await sql<NearbyCandidateRow>`
    select n.resident_id, r.name, c.name as community_name, n.skills, n.job_types, n.min_pay_fen, n.min_pay_unit,
           n.slot_count, n.school_hours_preset, n.windows, n.max_walk_minutes, n.km, n.overlap,
           ap.id as application_id, ap.status as application_status
      from (select j.resident_id, j.home_area_id, j.skills, j.job_types, j.min_pay_fen, j.min_pay_unit, j.slot_count,
                   j.school_hours_preset, j.windows, j.max_walk_minutes,
                   j.home_loc <-> ${work} as km,
                   bit_count(j.slots & ${slots})::int as overlap
              from job_profiles j
             where j.discoverable
             order by j.home_loc <-> ${work}
             limit ${NEAREST_SCAN}) n
      join residents r on r.id = n.resident_id
      join areas h on h.id = n.home_area_id
      left join areas c on c.id = case when h.level = 'community' then h.id else h.parent_id end
      left join job_applications ap on ap.post_id = ${q.postId} and ap.resident_id = n.resident_id
     where ceil(n.km * ${q.minutesPerKm}::float8) <= n.max_walk_minutes
       and (${q.flexible} or n.slot_count = 0 or n.overlap > 0)
     order by n.km
     limit ${q.pool}`.execute(db);
  return rows;
}

// ── Applications ──

function applicationSelect(db: Q) {
  return db
    .selectFrom('job_applications as ap')
    .innerJoin('job_posts as p', 'p.id', 'ap.post_id')
    .innerJoin('enterprises as e', 'e.id', 'ap.enterprise_id')
    .innerJoin('areas as w', 'w.id', 'p.area_id')
    .innerJoin('residents as r', 'r.id', 'ap.resident_id')
    .innerJoin('areas as h', 'h.id', 'r.area_id')
    .leftJoin('areas as hc', (j) =>
      j.on(sql<boolean>`hc.id = case when h.level = 'community' then h.id else h.parent_id end`),
    )
    .leftJoin('users as assist', 'assist.id', 'ap.assisted_by_user_id')
    .leftJoin('job_profiles as jp', 'jp.resident_id', 'ap.resident_id')
    .leftJoin('employments as em', 'em.application_id', 'ap.id')
    .select([
      'ap.id',
      'ap.post_id',
      'p.title as post_title',
      'ap.enterprise_id',
      'e.name as enterprise_name',
      'e.owner_name',
      'e.owner_phone',
      'w.name as work_area_name',
      'ap.resident_id',
      'ap.resident_area_id',
      'r.name as resident_name',
      'r.phone as resident_phone',
      'r.gender as resident_gender',
      'r.birth_date as resident_birth_date',
      'hc.name as resident_community',
      'jp.skills as resident_skills',
      'ap.origin',
      'ap.status',
      'ap.shared_fields',
      'ap.accepted_at',
      'ap.invitation',
      'ap.reject_reason',
      'assist.display_name as assisted_by',
      'em.id as employment_id',
      'ap.created_at',
      'ap.updated_at',
    ]);
}
export type ApplicationRow = Awaited<ReturnType<ReturnType<typeof applicationSelect>['execute']>>[number];

export function findApplication(db: Q, id: number) {
  return applicationSelect(db).where('ap.id', '=', id).executeTakeFirst();
}

export function findApplicationFor(db: Q, postId: number, residentId: number) {
  return db
    .selectFrom('job_applications')
    .select(['id', 'status'])
    .where('post_id', '=', postId)
    .where('resident_id', '=', residentId)
    .executeTakeFirst();
}

export function listApplicationsOfResident(db: Db, residentId: number) {
  return applicationSelect(db).where('ap.resident_id', '=', residentId).orderBy('ap.id', 'desc').limit(100).execute();
}

export function listApplicationsOfPost(db: Db, postId: number) {
  return applicationSelect(db).where('ap.post_id', '=', postId).orderBy('ap.id', 'desc').limit(200).execute();
}

export function lockApplication(trx: Transaction<Database>, id: number) {
  return trx
    .selectFrom('job_applications')
    .select(['id', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function insertApplication(trx: Transaction<Database>, values: Insertable<JobApplicationsTable>) {
  return trx.insertInto('job_applications').values(values).returning('id').executeTakeFirstOrThrow();
}

export function updateApplication(trx: Transaction<Database>, id: number, values: Updateable<JobApplicationsTable>) {
  return trx.updateTable('job_applications').set(values).where('id', '=', id).execute();
}

export function insertEvent(
  trx: Transaction<Database>,
  values: {
    application_id: number;
    status: string;
    by_user_id: number;
    assisted_by_user_id: number | null;
    note: string | null;
    at: Date;
  },
) {
  return trx.insertInto('job_application_events').values(values).execute();
}

export function eventsOf(db: Q, applicationIds: number[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('job_application_events as ev')
    .innerJoin('users as u', 'u.id', 'ev.by_user_id')
    .leftJoin('users as a', 'a.id', 'ev.assisted_by_user_id')
    .select([
      'ev.application_id',
      'ev.status',
      'ev.at',
      'ev.note',
      'u.display_name as by_name',
      'a.display_name as assisted_by',
    ])
    .where('ev.application_id', 'in', applicationIds)
    .orderBy('ev.id')
    .execute();
}

export function messagesOf(db: Q, applicationIds: number[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('job_application_messages as m')
    .innerJoin('users as u', 'u.id', 'm.author_user_id')
    .leftJoin('users as a', 'a.id', 'm.assisted_by_user_id')
    .select([
      'm.id',
      'm.application_id',
      'm.side',
      'm.body',
      'm.created_at',
      'u.display_name as author',
      'a.display_name as assisted_by',
    ])
    .where('m.application_id', 'in', applicationIds)
    .orderBy('m.id')
    .execute();
}

export function insertMessage(
  trx: Transaction<Database>,
  values: {
    application_id: number;
    side: 'resident' | 'employer';
    author_user_id: number;
    assisted_by_user_id: number | null;
    body: string;
    created_at: Date;
  },
) {
  return trx.insertInto('job_application_messages').values(values).returning('id').executeTakeFirstOrThrow();
}

export function insertConsent(
  trx: Transaction<Database>,
  values: {
    resident_id: number;
    purpose: string;
    scope: Record<string, unknown>;
    method: 'in_app' | 'paper' | 'verbal_witnessed';
    recorded_by_user_id: number;
    granted_at: Date;
  },
) {
  return trx
    .insertInto('consents')
    .values({ ...values, scope: JSON.stringify(values.scope) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function insertEmployment(
  trx: Transaction<Database>,
  values: {
    resident_id: number;
    enterprise_id: number;
    area_id: number;
    job_post_id: number;
    application_id: number;
    title: string;
    start_date: string;
    created_by_user_id: number;
  },
) {
  return trx
    .insertInto('employments')
    .values({ ...values, source: 'platform', created_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
}

// ── Reports and the watch list ──

export function insertReport(
  trx: Transaction<Database>,
  values: { post_id: number; area_id: number; reporter_user_id: number; reason: string; detail: string | null },
) {
  return trx
    .insertInto('job_post_reports')
    .values(values)
    .onConflict((oc) => oc.columns(['post_id', 'reporter_user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

export async function listReports(
  db: Db,
  actor: Actor,
  status: 'open' | 'upheld' | 'dismissed',
  page: number,
  pageSize: number,
) {
  const base = () =>
    db
      .selectFrom('job_post_reports as r')
      .innerJoin('job_posts as p', 'p.id', 'r.post_id')
      .innerJoin('enterprises as e', 'e.id', 'p.enterprise_id')
      .where('r.status', '=', status)
      .where(areaInScope('r.area_id', actor));
  const [rows, count] = await Promise.all([
    base()
      .select([
        'r.id',
        'r.post_id',
        'p.title as post_title',
        'e.name as enterprise_name',
        'r.reason',
        'r.detail',
        'r.status',
        'r.created_at',
        'r.handled_note',
      ])
      .orderBy('r.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base()
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export function findReportInScope(db: Q, actor: Actor, id: number) {
  return db
    .selectFrom('job_post_reports')
    .select(['id', 'post_id', 'status', 'reason'])
    .where('id', '=', id)
    .where(areaInScope('area_id', actor))
    .executeTakeFirst();
}

export function listWatchlist(db: Db, actor: Actor) {
  return db
    .selectFrom('employer_watchlist as w')
    .innerJoin('enterprises as e', 'e.id', 'w.enterprise_id')
    .innerJoin('users as u', 'u.id', 'w.created_by_user_id')
    .select([
      'w.id',
      'w.enterprise_id',
      'e.name as enterprise_name',
      'w.kind',
      'w.reason',
      'w.created_at',
      'u.display_name as created_by',
    ])
    .where('w.removed_at', 'is', null)
    .where(areaInScope('e.area_id', actor))
    .orderBy('w.id', 'desc')
    .execute();
}

/** Where a resident's job profile says she starts from, and how far she will walk (the stations nearby read it). */
export function findWalkingHome(db: Q, residentId: number) {
  return db
    .selectFrom('job_profiles')
    .select(['home_area_id', 'max_walk_minutes'])
    .where('resident_id', '=', residentId)
    .executeTakeFirst();
}
