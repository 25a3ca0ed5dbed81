/** Guarantee loans: SQL only. Which loans an actor sees is `loanVisibleTo`, used by every read. */
import { type Insertable, type NotNull, sql, type Transaction } from 'kysely';
import type { Actor } from '../../core/actor';
import type { Db } from '../../db/client';
import type {
  Database,
  LoanEventsTable,
  LoanMaterialsTable,
  LoanSchedulePeriodsTable,
  LoansTable,
  LoanStatusColumn,
} from '../../db/types';
import { areaInScope } from '../../http/scope';
import { settingsVersion } from '../../platform/settings-cache';
import type { SchedulePeriod } from './schedule';

type Trx = Transaction<Database>;
type Q = Db | Trx;

/** The topic of the loan settings' version (raised by sql/loan_settings_changed.sql). */
export const LOAN_SETTINGS_TOPIC = 'loans';

/**
 * The loans an actor may see: the applicant's own (as a person or through their enterprise); a station agent's
 * station's; a street or community officer's areas; a lender's once the loan has reached its institution's
 * stage (a guarantee institution from guarantee review on, a bank from bank review on). Anyone else: none.
 */
function loanVisibleTo(actor: Actor) {
  switch (actor.role) {
    case 'resident': {
      const enterprises = actor.enterprises.map((e) => e.id);
      return sql<boolean>`(l.resident_id = ${actor.residentId ?? -1} or l.enterprise_id = any(${enterprises.length ? enterprises : [-1]}::bigint[]))`;
    }
    case 'station_agent':
      return sql<boolean>`l.station_id = ${actor.stationId ?? -1}`;
    case 'street_officer':
    case 'community_officer':
      return areaInScope('l.area_id', actor);
    case 'lender':
      return sql<boolean>`(
        (l.guarantee_institution_id = ${actor.institutionId ?? -1}
          and exists (select 1 from loan_events e where e.loan_id = l.id and e.to_status = 'guarantee_review'))
        or (l.bank_institution_id = ${actor.institutionId ?? -1}
          and exists (select 1 from loan_events e where e.loan_id = l.id and e.to_status = 'bank_review')))`;
    default:
      return sql<boolean>`false`;
  }
}

/**
 * A loan's row with the names it shows. The station's and institutions' names are lookups, not joins: as a join of
 * eight tables the tracker's read spent longer planning than running (bench/notes/loans.md).
 */
function loanSelect(db: Q) {
  return db
    .selectFrom('loans as l')
    .innerJoin('loan_products as p', 'p.code', 'l.product_code')
    .innerJoin('residents as r', 'r.id', 'l.resident_id')
    .leftJoin('enterprises as e', 'e.id', 'l.enterprise_id')
    .select([
      'l.id',
      'l.product_code',
      'p.title as product_title',
      'p.materials as product_materials',
      'l.applicant_kind',
      'l.resident_id',
      'r.name as resident_name',
      'r.phone as resident_phone',
      'l.enterprise_id',
      'e.name as enterprise_name',
      'l.area_id',
      'l.station_id',
      'l.guarantee_institution_id',
      'l.bank_institution_id',
      'l.amount_fen',
      'l.term_months',
      'l.purpose',
      'l.jobs_promised',
      'l.jobs_created',
      'l.guarantee_mode',
      'l.status',
      'l.stage_entered_at',
      'l.eligibility',
      'l.consent_text',
      'l.filed_by_user_id',
      'l.assisted',
      'l.rate_bp',
      'l.interest_frequency',
      'l.principal_mode',
      'l.disbursed_on',
      'l.maturity_on',
      'l.created_at',
    ])
    .select((eb) => [
      eb.selectFrom('stations as s').select('s.name').whereRef('s.id', '=', 'l.station_id').as('station_name'),
      eb
        .selectFrom('institutions as g')
        .select('g.name')
        .whereRef('g.id', '=', 'l.guarantee_institution_id')
        .as('guarantee_name'),
      eb
        .selectFrom('institutions as b')
        .select('b.name')
        .whereRef('b.id', '=', 'l.bank_institution_id')
        .as('bank_name'),
    ])
    .$narrowType<{ station_name: NotNull; guarantee_name: NotNull; bank_name: NotNull }>();
}
export type LoanRow = Awaited<ReturnType<ReturnType<typeof loanSelect>['execute']>>[number];

/** One loan the actor may see, with the loan settings' version (the tracker's cached settings are checked by it). */
export function findLoan(
  db: Q,
  actor: Actor,
  id: number,
): Promise<(LoanRow & { settings_version: number }) | undefined> {
  return loanSelect(db)
    .select(settingsVersion(LOAN_SETTINGS_TOPIC).as('settings_version'))
    .where('l.id', '=', id)
    .where(loanVisibleTo(actor))
    .executeTakeFirst();
}

export async function listLoans(
  db: Q,
  actor: Actor,
  query: {
    status?: LoanStatusColumn | undefined;
    statuses?: readonly LoanStatusColumn[];
    page: number;
    pageSize: number;
  },
) {
  let q = loanSelect(db).where(loanVisibleTo(actor));
  if (query.status) q = q.where('l.status', '=', query.status);
  if (query.statuses) q = q.where('l.status', 'in', [...query.statuses]);
  const [rows, total] = await Promise.all([
    q
      .orderBy('l.stage_entered_at', 'asc')
      .orderBy('l.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export function loanEvents(db: Q, loanId: number) {
  return db
    .selectFrom('loan_events as ev')
    .leftJoin('users as u', 'u.id', 'ev.actor_user_id')
    .select([
      'ev.id',
      'ev.action',
      'ev.from_status',
      'ev.to_status',
      'ev.actor_user_id',
      'u.display_name as actor_name',
      'u.role as actor_role',
      'ev.on_behalf',
      'ev.note',
      'ev.at',
    ])
    .where('ev.loan_id', '=', loanId)
    .orderBy('ev.id')
    .execute();
}
export type LoanEventRow = Awaited<ReturnType<typeof loanEvents>>[number];

export function eventByKey(db: Q, loanId: number, clientKey: string) {
  return db
    .selectFrom('loan_events')
    .select(['id', 'action'])
    .where('loan_id', '=', loanId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export function loanMaterials(db: Q, loanId: number) {
  return db
    .selectFrom('loan_materials as m')
    .innerJoin('files as f', 'f.id', 'm.file_id')
    .select(['m.id', 'm.material', 'f.original_name', 'm.at'])
    .where('m.loan_id', '=', loanId)
    .orderBy('m.id')
    .execute();
}

/** A material of a loan with where its file is kept, for a download. */
export function materialFile(db: Q, loanId: number, materialId: number) {
  return db
    .selectFrom('loan_materials as m')
    .innerJoin('files as f', 'f.id', 'm.file_id')
    .select(['m.material', 'f.original_name', 'f.mime', 'f.storage_key'])
    .where('m.loan_id', '=', loanId)
    .where('m.id', '=', materialId)
    .executeTakeFirst();
}

/** A schedule period as every reader takes it: its days and money, what is paid, when it went overdue. */
export const PERIOD_COLUMNS = [
  'period_no',
  'starts_on',
  'due_on',
  'outstanding_fen',
  'principal_fen',
  'interest_fen',
  'subsidy_fen',
  'paid_fen',
  'paid_on',
  'overdue_on',
] as const;

export function schedulePeriods(db: Q, loanId: number) {
  return db
    .selectFrom('loan_schedule_periods')
    .select(PERIOD_COLUMNS)
    .where('loan_id', '=', loanId)
    .orderBy('period_no')
    .execute();
}

export function loanByClientKey(db: Q, userId: number, clientKey: string) {
  return db
    .selectFrom('loans')
    .select('id')
    .where('filed_by_user_id', '=', userId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export function insertLoan(trx: Trx, values: Insertable<LoansTable>) {
  return trx.insertInto('loans').values(values).returning('id').executeTakeFirstOrThrow();
}

export function insertEvent(trx: Trx, values: Insertable<LoanEventsTable>) {
  return trx.insertInto('loan_events').values(values).execute();
}

export function insertMaterial(trx: Trx, values: Insertable<LoanMaterialsTable>) {
  return trx.insertInto('loan_materials').values(values).execute();
}

/** The bank's schedule as written at disbursement: each period's principal, interest and 贴息. */
export function insertSchedule(trx: Trx, loanId: number, periods: readonly SchedulePeriod[]) {
  const rows: Insertable<LoanSchedulePeriodsTable>[] = periods.map((p) => ({
    loan_id: loanId,
    period_no: p.no,
    starts_on: p.start,
    due_on: p.dueOn,
    outstanding_fen: p.outstandingFen,
    principal_fen: p.principalFen,
    interest_fen: p.interestFen,
    subsidy_fen: p.subsidyFen,
  }));
  return rows.length ? trx.insertInto('loan_schedule_periods').values(rows).execute() : Promise.resolve([]);
}

/** Moves a loan from the status it was read in; nothing when someone moved it first. */
export async function moveLoan(
  trx: Trx,
  id: number,
  from: LoanStatusColumn,
  set: Partial<
    Pick<
      LoansTable,
      'rate_bp' | 'interest_frequency' | 'principal_mode' | 'disbursed_on' | 'maturity_on' | 'jobs_created'
    >
  > & {
    status: LoanStatusColumn;
    at: Date;
  },
): Promise<boolean> {
  const { at, ...values } = set;
  const res = await trx
    .updateTable('loans')
    .set({ ...values, stage_entered_at: at, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

// ── settings ─────────────────────────────────────────────────────────────

function productSelect(db: Q) {
  return db
    .selectFrom('loan_products')
    .select([
      'code',
      'title',
      'applicant_kind',
      'max_amount_fen',
      'max_term_months',
      'condition',
      'min_new_hire_percent',
      'materials',
      'legal_basis',
      'active',
    ]);
}

export function products(db: Q) {
  return productSelect(db).orderBy('max_amount_fen').orderBy('code').execute();
}
export type ProductRow = Awaited<ReturnType<typeof products>>[number];

export function product(db: Q, code: string) {
  return productSelect(db).where('code', '=', code).executeTakeFirst();
}

export function updateProduct(
  trx: Trx,
  code: string,
  values: { max_amount_fen?: number; max_term_months?: number; legal_basis?: string; active?: boolean },
  userId: number,
  at: Date,
) {
  return trx
    .updateTable('loan_products')
    .set({ ...values, updated_by_user_id: userId, updated_at: at })
    .where('code', '=', code)
    .executeTakeFirst();
}

export function rules(db: Q) {
  return db
    .selectFrom('loan_rules')
    .select(['rate_cap_spread_bp', 'borrower_spread_bp', 'subsidy_years', 'legal_basis'])
    .executeTakeFirstOrThrow();
}

export function lprRates(db: Q) {
  return db.selectFrom('loan_lpr_rates').select(['effective_from', 'rate_bp']).orderBy('effective_from').execute();
}

export function upsertLpr(trx: Trx, day: string, bp: number, userId: number) {
  return trx
    .insertInto('loan_lpr_rates')
    .values({ effective_from: day, rate_bp: bp, recorded_by_user_id: userId })
    .onConflict((oc) => oc.column('effective_from').doUpdateSet({ rate_bp: bp, recorded_by_user_id: userId }))
    .execute();
}

export function stageTargets(db: Q) {
  return db.selectFrom('loan_stage_targets').select(['stage', 'working_days']).orderBy('stage').execute();
}

export function loanStations(db: Q) {
  return db.selectFrom('stations').select(['id', 'name']).where('kind', '=', 'loan_station').orderBy('id').execute();
}

export function institutions(db: Q) {
  return db.selectFrom('institutions').select(['id', 'name', 'kind']).orderBy('id').execute();
}

// ── applicants ───────────────────────────────────────────────────────────

/**
 * A resident of the street a station serves, by id or phone: whom its agent may file for (代办), with the
 * enterprises the resident owns. The street is the top two levels of the station's area path.
 */
export function residentForStation(db: Q, stationId: number, by: { id?: number; phone?: string }) {
  let q = db
    .selectFrom('residents as r')
    .innerJoin('areas as ra', 'ra.id', 'r.area_id')
    .select(['r.id', 'r.name', 'r.phone', 'r.area_id'])
    .where(
      sql<boolean>`ra.path like (select '/' || split_part(sa.path, '/', 2) || '/' || split_part(sa.path, '/', 3) || '/%'
        from stations st join areas sa on sa.id = st.area_id where st.id = ${stationId})`,
    );
  if (by.id !== undefined) q = q.where('r.id', '=', by.id);
  if (by.phone !== undefined) q = q.where('r.phone', '=', by.phone);
  return q.executeTakeFirst();
}

export function residentById(db: Q, id: number) {
  return db.selectFrom('residents').select(['id', 'name', 'phone', 'area_id']).where('id', '=', id).executeTakeFirst();
}

export function enterprisesOwnedBy(db: Q, residentId: number) {
  return db
    .selectFrom('enterprises')
    .select(['id', 'name', 'area_id'])
    .where('owner_resident_id', '=', residentId)
    .orderBy('id')
    .execute();
}

/** The active user accounts of a station's agents, of an institution, of a resident. */
export async function stationAgents(db: Q, stationId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('station_id', '=', stationId)
    .where('role', '=', 'station_agent')
    .where('active', '=', true)
    .execute();
  return rows.map((r) => r.id);
}

export async function institutionUsers(db: Q, institutionId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('role', '=', 'lender')
    .where('active', '=', true)
    .execute();
  return rows.map((r) => r.id);
}

/** Loans in a stage with a target, with what the past-target alert needs. */
export function timedLoans(db: Q, stages: readonly LoanStatusColumn[]) {
  return db
    .selectFrom('loans as l')
    .innerJoin('residents as r', 'r.id', 'l.resident_id')
    .select(['l.id', 'l.status', 'l.stage_entered_at', 'l.station_id', 'l.area_id', 'r.name as resident_name'])
    .where('l.status', 'in', [...stages])
    .execute();
}
