/** SQL of shared employment (共享用工); nothing else. */
import { sql, type Insertable, type Transaction } from 'kysely';
import type { Db } from '../../db/client';
import type { Database, SharingAgreementsTable, SharingPayMonthsTable, SharingPostsTable } from '../../db/types';
import type { Actor } from '../../core/actor';
import { areaInScope } from '../../http/scope';

type Q = Db | Transaction<Database>;
export type Duty = 'hours' | 'rest' | 'safety' | 'protective_equipment';

// ── Firms, places, people ──

export function findEnterprise(db: Q, id: number) {
  return db
    .selectFrom('enterprises as e')
    .innerJoin('areas as a', 'a.id', 'e.area_id')
    .select(['e.id', 'e.name', 'e.area_id', 'a.path'])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

export function findPlace(db: Q, id: number) {
  return db
    .selectFrom('areas')
    .select(['id', 'name', 'path', 'level', 'lat', 'lng'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findResident(db: Q, id: number) {
  return db.selectFrom('residents').select(['id', 'name', 'phone', 'area_id']).where('id', '=', id).executeTakeFirst();
}

export function residentPath(db: Q, residentId: number) {
  return db
    .selectFrom('residents as r')
    .innerJoin('areas as a', 'a.id', 'r.area_id')
    .select(['r.id', 'a.path'])
    .where('r.id', '=', residentId)
    .executeTakeFirst();
}

/** The firm's employment records current on a day, with the person's name: whom it may lend. */
export function employeesOn(db: Q, enterpriseId: number, day: string) {
  return db
    .selectFrom('employments as m')
    .innerJoin('residents as r', 'r.id', 'm.resident_id')
    .select(['m.id', 'm.resident_id', 'r.name', 'm.title', 'm.start_date', 'm.end_date'])
    .where('m.enterprise_id', '=', enterpriseId)
    .where('m.start_date', '<=', day)
    .where((eb) => eb.or([eb('m.end_date', 'is', null), eb('m.end_date', '>=', day)]))
    .orderBy('r.name')
    .orderBy('m.id')
    .execute();
}

/** Each listed person's latest employment with the firm that has begun by the day, if any. */
export function latestEmployments(db: Q, enterpriseId: number, residentIds: number[], day: string) {
  if (residentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('employments as m')
    .innerJoin('residents as r', 'r.id', 'm.resident_id')
    .select(['m.id', 'm.resident_id', 'r.name', 'm.start_date', 'm.end_date'])
    .distinctOn('m.resident_id')
    .where('m.enterprise_id', '=', enterpriseId)
    .where('m.resident_id', 'in', residentIds)
    .where('m.start_date', '<=', day)
    .orderBy('m.resident_id')
    .orderBy('m.start_date', 'desc')
    .execute();
}

export function residentNames(db: Q, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('residents').select(['id', 'name']).where('id', 'in', ids).execute();
}

/**
 * People of the list already on another agreement whose dates meet these and who have not
 * declined or gone back from it (an extension leaves its own agreement out).
 */
export function takenWorkers(
  db: Q,
  residentIds: number[],
  startDate: string,
  endDate: string,
  exceptAgreementId: number | null = null,
) {
  if (residentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('sharing_agreement_workers as w')
    .innerJoin('sharing_agreements as g', 'g.id', 'w.agreement_id')
    .innerJoin('residents as r', 'r.id', 'w.resident_id')
    .select(['w.resident_id', 'r.name'])
    .where('w.resident_id', 'in', residentIds)
    .where('w.consent', '<>', 'declined')
    .where('w.returned_on', 'is', null)
    .where('g.start_date', '<=', endDate)
    .where('g.end_date', '>=', startDate)
    .$if(exceptAgreementId !== null, (q) => q.where('g.id', '<>', exceptAgreementId!))
    .execute();
}

// ── Posts ──

const postColumns = [
  'p.id',
  'p.enterprise_id',
  'e.name as enterprise_name',
  'p.area_id',
  's.name as site_name',
  's.path as site_path',
  's.lat',
  's.lng',
  'p.kind',
  'p.skills',
  'p.headcount',
  'p.start_date',
  'p.end_date',
  'p.daily_hours',
  'p.pay_fen_per_day',
  'p.note',
  'p.closed_at',
] as const;

function posts(db: Q) {
  return db
    .selectFrom('sharing_posts as p')
    .innerJoin('enterprises as e', 'e.id', 'p.enterprise_id')
    .innerJoin('areas as s', 's.id', 'p.area_id')
    .select(postColumns);
}
export type PostRow = Awaited<ReturnType<typeof findPost>> & object;

export function findPost(db: Q, id: number) {
  return posts(db).where('p.id', '=', id).executeTakeFirst();
}

export function findPostByKey(db: Q, enterpriseId: number, clientKey: string) {
  return db
    .selectFrom('sharing_posts')
    .select('id')
    .where('enterprise_id', '=', enterpriseId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export function insertPost(db: Q, row: Insertable<SharingPostsTable>) {
  return db.insertInto('sharing_posts').values(row).returning('id').executeTakeFirstOrThrow();
}

export function closePost(db: Q, id: number, at: Date) {
  return db
    .updateTable('sharing_posts')
    .set({ closed_at: at })
    .where('id', '=', id)
    .where('closed_at', 'is', null)
    .execute();
}

export function postsOfEnterprises(db: Q, enterpriseIds: number[]) {
  if (enterpriseIds.length === 0) return Promise.resolve([]);
  return posts(db).where('p.enterprise_id', 'in', enterpriseIds).orderBy('p.id', 'desc').limit(200).execute();
}

/**
 * A post's best counterparts, ranked in the database (sharing_ranked_counterparts, ADR 0072): the
 * open posts of the other kind from other firms whose dates meet, best first, as (id, score, minutes).
 * Open means not closed and not ended before today (ADR 0059).
 */
export async function rankedCounterparts(
  db: Q,
  q: { postId: number; today: string; limit: number; probe: number; model: Record<string, number> },
) {
  const { rows } = await sql<{ o_id: string; o_score: number; o_minutes: number }>`
    select o_id, o_score, o_minutes
      from sharing_ranked_counterparts(${q.postId}, ${q.today}::date, ${q.limit}, ${q.probe}, ${JSON.stringify(q.model)}::jsonb)`.execute(
    db,
  );
  return rows.map((r) => ({ id: Number(r.o_id), score: r.o_score, minutes: r.o_minutes }));
}

export function postsByIds(db: Q, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return posts(db).where('p.id', 'in', ids).execute();
}

export function openPostsInScope(db: Q, actor: Actor, today: string) {
  return posts(db)
    .where('p.closed_at', 'is', null)
    .where('p.end_date', '>=', today)
    .where(areaInScope('e.area_id', actor))
    .orderBy('p.start_date')
    .orderBy('p.id')
    .limit(200)
    .execute();
}

// ── Agreements ──

const agreementColumns = [
  'g.id',
  'g.status',
  'g.lending_enterprise_id',
  'le.name as lending_name',
  'le_a.path as lending_path',
  'g.borrowing_enterprise_id',
  'be.name as borrowing_name',
  'be_a.path as borrowing_path',
  'g.post_title',
  's.name as site_name',
  'g.daily_hours',
  'g.start_date',
  'g.end_date',
  'g.headcount',
  'g.wage_fen_per_day',
  'g.social_insurance_fen_per_day',
  'g.other_costs_fen_per_day',
  'g.other_costs_note',
  'g.fee_fen_per_day',
  'g.duties',
  'g.return_reasons',
  'g.extension_terms',
  'g.lending_signed_at',
  'g.borrowing_signed_at',
  'g.brokered',
  'g.extension_end_date',
  'g.extension_lending_at',
  'g.extension_borrowing_at',
] as const;

function agreements(db: Q) {
  return db
    .selectFrom('sharing_agreements as g')
    .innerJoin('enterprises as le', 'le.id', 'g.lending_enterprise_id')
    .innerJoin('areas as le_a', 'le_a.id', 'le.area_id')
    .innerJoin('enterprises as be', 'be.id', 'g.borrowing_enterprise_id')
    .innerJoin('areas as be_a', 'be_a.id', 'be.area_id')
    .innerJoin('areas as s', 's.id', 'g.area_id')
    .select(agreementColumns);
}
export type AgreementRow = Awaited<ReturnType<typeof findAgreement>> & object;

export function findAgreement(db: Q, id: number) {
  return agreements(db).where('g.id', '=', id).executeTakeFirst();
}

export function findAgreementByKey(db: Q, userId: number, clientKey: string) {
  return db
    .selectFrom('sharing_agreements')
    .select('id')
    .where('created_by_user_id', '=', userId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

/** The agreement row locked for a change of signatures, consents or money. */
export function lockAgreement(trx: Transaction<Database>, id: number) {
  return trx
    .selectFrom('sharing_agreements')
    .select(['id', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function agreementsOfEnterprises(db: Q, enterpriseIds: number[]) {
  if (enterpriseIds.length === 0) return Promise.resolve([]);
  return agreements(db)
    .where((eb) =>
      eb.or([eb('g.lending_enterprise_id', 'in', enterpriseIds), eb('g.borrowing_enterprise_id', 'in', enterpriseIds)]),
    )
    .orderBy('g.id', 'desc')
    .limit(100)
    .execute();
}

export function agreementsInScope(db: Q, actor: Actor) {
  return agreements(db)
    .where((eb) => eb.or([areaInScope('le.area_id', actor), areaInScope('be.area_id', actor)]))
    .orderBy('g.id', 'desc')
    .limit(100)
    .execute();
}

export function agreementsOfWorker(db: Q, residentId: number) {
  return agreements(db)
    .innerJoin('sharing_agreement_workers as w', 'w.agreement_id', 'g.id')
    .select([
      'w.consent',
      'w.consent_method',
      'w.returned_on',
      'w.return_kind',
      'w.return_duty',
      'w.return_note',
      'w.extension_consent',
    ])
    .where('w.resident_id', '=', residentId)
    .orderBy('g.start_date', 'desc')
    .limit(50)
    .execute();
}

export function insertAgreement(db: Q, row: Insertable<SharingAgreementsTable>) {
  return db.insertInto('sharing_agreements').values(row).returning('id').executeTakeFirstOrThrow();
}

export function insertWorkers(db: Q, rows: { agreement_id: number; resident_id: number; employment_id: number }[]) {
  return db.insertInto('sharing_agreement_workers').values(rows).execute();
}

export function workersOf(db: Q, agreementIds: number[]) {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('sharing_agreement_workers as w')
    .innerJoin('residents as r', 'r.id', 'w.resident_id')
    .innerJoin('employments as m', 'm.id', 'w.employment_id')
    .select([
      'w.agreement_id',
      'w.resident_id',
      'r.name',
      'r.phone',
      'w.relation',
      'm.end_date as contract_end',
      'w.consent',
      'w.consent_method',
      'w.witness',
      'w.consent_at',
      'w.returned_on',
      'w.return_kind',
      'w.return_duty',
      'w.return_note',
      'w.extension_consent',
    ])
    .where('w.agreement_id', 'in', agreementIds)
    .orderBy('w.agreement_id')
    .orderBy('r.name')
    .execute();
}

export function monthsOf(db: Q, agreementIds: number[]) {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('sharing_pay_months as p')
    .innerJoin('residents as r', 'r.id', 'p.resident_id')
    .select([
      'p.agreement_id',
      'p.resident_id',
      'r.name',
      'p.month',
      'p.hours',
      'p.received_fen',
      'p.paid_fen',
      'p.below_cost',
    ])
    .where('p.agreement_id', 'in', agreementIds)
    .orderBy('p.month', 'desc')
    .orderBy('r.name')
    .execute();
}

export function setSigned(db: Q, id: number, side: 'lending' | 'borrowing', at: Date) {
  return db
    .updateTable('sharing_agreements')
    .set(side === 'lending' ? { lending_signed_at: at } : { borrowing_signed_at: at })
    .where('id', '=', id)
    .execute();
}

export function setActive(db: Q, id: number, at: Date) {
  return db
    .updateTable('sharing_agreements')
    .set({ status: 'active', activated_at: at })
    .where('id', '=', id)
    .execute();
}

export function setConsent(
  db: Q,
  agreementId: number,
  residentId: number,
  values: {
    consent: 'consented' | 'declined';
    consent_method: 'app' | 'assisted';
    witness: string | null;
    consent_by_user_id: number;
    consent_at: Date;
  },
) {
  return db
    .updateTable('sharing_agreement_workers')
    .set(values)
    .where('agreement_id', '=', agreementId)
    .where('resident_id', '=', residentId)
    .where('consent', '=', 'pending')
    .executeTakeFirst();
}

export function insertEvent(
  db: Q,
  row: { agreement_id: number; kind: string; actor_user_id: number; resident_id?: number | null; note?: string },
) {
  return db.insertInto('sharing_agreement_events').values(row).execute();
}

export function findMonth(db: Q, agreementId: number, residentId: number, month: string) {
  return db
    .selectFrom('sharing_pay_months')
    .select(['hours', 'received_fen', 'paid_fen', 'below_cost'])
    .where('agreement_id', '=', agreementId)
    .where('resident_id', '=', residentId)
    .where('month', '=', month)
    .executeTakeFirst();
}

export function upsertMonth(
  db: Q,
  row: Required<Omit<Insertable<SharingPayMonthsTable>, 'updated_at'>> & { updated_at: Date },
) {
  return db
    .insertInto('sharing_pay_months')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['agreement_id', 'resident_id', 'month']).doUpdateSet({
        hours: row.hours,
        received_fen: row.received_fen,
        paid_fen: row.paid_fen,
        below_cost: row.below_cost,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** Flagged months of agreements in the officer's areas. */
export function flagsInScope(db: Q, actor: Actor) {
  return db
    .selectFrom('sharing_pay_months as p')
    .innerJoin('sharing_agreements as g', 'g.id', 'p.agreement_id')
    .innerJoin('enterprises as le', 'le.id', 'g.lending_enterprise_id')
    .innerJoin('enterprises as be', 'be.id', 'g.borrowing_enterprise_id')
    .innerJoin('residents as r', 'r.id', 'p.resident_id')
    .select([
      'p.agreement_id',
      'le.name as lending_name',
      'be.name as borrowing_name',
      'g.wage_fen_per_day',
      'g.social_insurance_fen_per_day',
      'g.other_costs_fen_per_day',
      'p.resident_id',
      'r.name',
      'p.month',
      'p.hours',
      'p.received_fen',
      'p.paid_fen',
      'p.below_cost',
    ])
    .where('p.below_cost', '=', true)
    .where((eb) => eb.or([areaInScope('le.area_id', actor), areaInScope('be.area_id', actor)]))
    .orderBy('p.month', 'desc')
    .limit(200)
    .execute();
}

/** The street's figures: active agreements, the workers on them and the worker-days they cover. */
export async function figuresInScope(db: Q, actor: Actor) {
  const row = await db
    .selectFrom('sharing_agreements as g')
    .innerJoin('enterprises as le', 'le.id', 'g.lending_enterprise_id')
    .innerJoin('enterprises as be', 'be.id', 'g.borrowing_enterprise_id')
    .innerJoin('sharing_agreement_workers as w', 'w.agreement_id', 'g.id')
    .select([
      sql<number>`count(distinct g.id)::int`.as('agreements'),
      sql<number>`count(distinct w.resident_id)::int`.as('workers'),
      sql<number>`coalesce(sum(g.end_date - g.start_date + 1), 0)::int`.as('days'),
    ])
    .where('g.status', '=', 'active')
    .where((eb) => eb.or([areaInScope('le.area_id', actor), areaInScope('be.area_id', actor)]))
    .executeTakeFirstOrThrow();
  return row;
}

// ── Events, returns, extensions ──

export function eventsOf(db: Q, agreementIds: number[]) {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('sharing_agreement_events as v')
    .leftJoin('residents as r', 'r.id', 'v.resident_id')
    .select(['v.agreement_id', 'v.kind', 'r.name', 'v.note', 'v.at'])
    .where('v.agreement_id', 'in', agreementIds)
    .orderBy('v.agreement_id')
    .orderBy('v.id')
    .execute();
}

/** Marks the listed workers as gone back; one already back is left as she is. Answers whom it changed. */
export function setReturned(
  db: Q,
  agreementId: number,
  residentIds: number[],
  values: {
    returned_on: string;
    return_kind: 'end_date' | 'worker_early' | 'borrower_reason';
    return_duty: Duty | null;
    return_note: string;
    return_consent_id?: number | null;
  },
) {
  return db
    .updateTable('sharing_agreement_workers')
    .set({ ...values, extension_consent: null })
    .where('agreement_id', '=', agreementId)
    .where('resident_id', 'in', residentIds)
    .where('returned_on', 'is', null)
    .returning('resident_id')
    .execute();
}

export function setEnded(db: Q, id: number, at: Date) {
  return db
    .updateTable('sharing_agreements')
    .set({
      status: 'ended',
      ended_at: at,
      extension_end_date: null,
      extension_lending_at: null,
      extension_borrowing_at: null,
    })
    .where('id', '=', id)
    .execute();
}

/** A new or changed extension proposal: the firms' agreement as given, every worker still lent asked again. */
export async function proposeExtension(
  db: Q,
  id: number,
  values: { extension_end_date: string; extension_lending_at: Date | null; extension_borrowing_at: Date | null },
  askWorkers: boolean,
) {
  await db.updateTable('sharing_agreements').set(values).where('id', '=', id).execute();
  if (askWorkers)
    await db
      .updateTable('sharing_agreement_workers')
      .set({ extension_consent: 'pending' })
      .where('agreement_id', '=', id)
      .where('returned_on', 'is', null)
      .execute();
}

export function setExtensionConsent(db: Q, id: number, residentId: number, consent: 'consented' | 'declined') {
  return db
    .updateTable('sharing_agreement_workers')
    .set({ extension_consent: consent })
    .where('agreement_id', '=', id)
    .where('resident_id', '=', residentId)
    .where('extension_consent', '=', 'pending')
    .executeTakeFirst();
}

/** The agreed extension replaces the end date and is cleared. */
export async function applyExtension(db: Q, id: number, endDate: string) {
  await db
    .updateTable('sharing_agreements')
    .set({ end_date: endDate, extension_end_date: null, extension_lending_at: null, extension_borrowing_at: null })
    .where('id', '=', id)
    .execute();
  await db
    .updateTable('sharing_agreement_workers')
    .set({ extension_consent: null })
    .where('agreement_id', '=', id)
    .execute();
}

/**
 * Workers not yet back from active agreements in the officer's areas: the candidates the
 * kept-past-end rule (agreement-rules.ts, daysKeptPastEnd) is applied to at query time.
 */
export function unreturnedInScope(db: Q, actor: Actor) {
  return db
    .selectFrom('sharing_agreement_workers as w')
    .innerJoin('sharing_agreements as g', 'g.id', 'w.agreement_id')
    .innerJoin('enterprises as le', 'le.id', 'g.lending_enterprise_id')
    .innerJoin('enterprises as be', 'be.id', 'g.borrowing_enterprise_id')
    .innerJoin('residents as r', 'r.id', 'w.resident_id')
    .select([
      'g.id as agreement_id',
      'g.status',
      'g.end_date',
      'le.name as lending_name',
      'be.name as borrowing_name',
      'w.resident_id',
      'r.name',
      'w.returned_on',
    ])
    .where('g.status', '=', 'active')
    .where('w.returned_on', 'is', null)
    .where((eb) => eb.or([areaInScope('le.area_id', actor), areaInScope('be.area_id', actor)]))
    .orderBy('g.end_date')
    .orderBy('g.id')
    .limit(2000)
    .execute();
}
