/**
 * The ledgers' SQL (台账, SPEC §3.7): each ledger's rows under an area, a page at a time in the
 * order of their ids (keyset), so an export of any size holds one page in memory.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { FigureScope, MonthRange } from './dashboard.repository';

const inScope = (scope: FigureScope) =>
  sql<boolean>`a.path like ${`${scope.areaPath}%`} and a.path like any(${scope.actorPaths.map((p) => `${p}%`)}::text[])`;
const communityName = sql<string>`coalesce((select c.name from areas c where c.level = 'community' and a.path like c.path || '%'), '')`;

export interface FactoryLedgerRow {
  id: number;
  name: string;
  community: string;
  area_name: string;
  industry: string;
  operator: string;
  owner_name: string;
  owner_phone: string;
  workstations: number;
  workers: number;
  opened: string;
  status: string;
  paid_fen: number;
  unpaid_fen: number;
}

/** 微工厂台账: every factory operating by the end of the period, its roll and its wages in the period. */
export async function factoryLedgerPage(db: Db, scope: FigureScope, range: MonthRange, afterId: number, limit: number) {
  const { rows } = await sql<FactoryLedgerRow>`
    select f.id, f.name, ${communityName} as community, a.name as area_name, f.industry,
      coalesce(e.name, r.name, '') as operator, coalesce(e.owner_name, r.name, '') as owner_name,
      coalesce(e.owner_phone, r.phone, '') as owner_phone, f.workstations,
      (select count(*)::int from factory_workers w where w.factory_id = f.id and w.joined_on < ${range.to}::date
        and (w.left_on is null or w.left_on >= ${range.from}::date)) as workers,
      to_char(f.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as opened, f.status,
      (select coalesce(sum(s.total_fen), 0)::bigint from settlements s where s.factory_id = f.id and s.status = 'paid'
        and s.work_date >= ${range.from}::date and s.work_date < ${range.to}::date) as paid_fen,
      (select coalesce(sum(s.total_fen), 0)::bigint from settlements s where s.factory_id = f.id and s.status <> 'paid'
        and s.work_date >= ${range.from}::date and s.work_date < ${range.to}::date) as unpaid_fen
    from micro_factories f join areas a on a.id = f.area_id
      left join enterprises e on e.id = f.enterprise_id left join residents r on r.id = f.operator_resident_id
    where ${inScope(scope)} and (f.created_at at time zone 'Asia/Shanghai')::date < ${range.to}::date
      and f.id > ${afterId}
    order by f.id limit ${limit}`.execute(db);
  return rows;
}

export interface EmploymentLedgerRow {
  id: string;
  name: string;
  id_number_masked: string | null;
  id_number_enc: Buffer | null;
  phone: string;
  labels: string[];
  community: string;
  employer: string;
  title: string;
  start_date: string;
  source: string;
}

/**
 * 就业台账: everyone who started work in the period, by a hire (employment record) or on a
 * micro-factory's roll, keyed 'e<id>' and 'w<id>' so one keyset walks both: the hires first, then the
 * rolls, each read from its own primary key after the last id of its kind, so a page costs its
 * rows however far into the ledger it is.
 */
export async function employmentLedgerPage(
  db: Db,
  scope: FigureScope,
  range: MonthRange,
  afterKey: string,
  limit: number,
) {
  const kind = afterKey.slice(0, 1);
  const afterId = kind === '' ? 0 : Number(afterKey.slice(1));
  const hires = sql<EmploymentLedgerRow>`
    (select 'e' || lpad(m.id::text, 12, '0') as id, r.name, r.id_number_masked, r.id_number_enc, r.phone, r.labels,
      ${communityName} as community, e.name as employer, m.title, to_char(m.start_date, 'YYYY-MM-DD') as start_date,
      m.source
    from employments m join residents r on r.id = m.resident_id join enterprises e on e.id = m.enterprise_id
      join areas a on a.id = r.area_id
    where ${inScope(scope)} and m.start_date >= ${range.from}::date and m.start_date < ${range.to}::date
      and m.id > ${kind === 'e' ? afterId : 0}
    order by m.id limit ${limit})`;
  const rolls = sql<EmploymentLedgerRow>`
    (select 'w' || lpad(w.id::text, 12, '0') as id, r.name, r.id_number_masked, r.id_number_enc, r.phone, r.labels,
      ${communityName} as community, f.name as employer, '计件工' as title, to_char(w.joined_on, 'YYYY-MM-DD') as start_date,
      'micro_factory' as source
    from factory_workers w join residents r on r.id = w.resident_id join micro_factories f on f.id = w.factory_id
      join areas a on a.id = r.area_id
    where ${inScope(scope)} and w.joined_on >= ${range.from}::date and w.joined_on < ${range.to}::date
      and w.id > ${kind === 'w' ? afterId : 0}
    order by w.id limit ${limit})`;
  const { rows } = await sql<EmploymentLedgerRow>`
    select * from (${kind === 'w' ? sql`select * from ${rolls} x` : sql`${hires} union all ${rolls}`}) x
    order by x.id limit ${limit}`.execute(db);
  return rows;
}

export interface SubsidyLedgerRow {
  id: number;
  policy: string;
  subject: string;
  subject_kind: 'enterprise' | 'person';
  credit_code: string | null;
  id_number_masked: string | null;
  id_number_enc: Buffer | null;
  phone: string;
  community: string;
  amount_fen: number;
  paid_on: string;
  batch_id: number;
}

/** 补贴台账: every award paid in the period. */
export async function subsidyLedgerPage(db: Db, scope: FigureScope, range: MonthRange, afterId: number, limit: number) {
  const { rows } = await sql<SubsidyLedgerRow>`
    select w.id, p.title as policy, coalesce(e.name, r.name) as subject,
      case when w.enterprise_id is null then 'person' else 'enterprise' end as subject_kind,
      e.credit_code, r.id_number_masked, r.id_number_enc, coalesce(e.owner_phone, r.phone) as phone,
      ${communityName} as community, w.amount_fen,
      to_char(w.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as paid_on, w.batch_id
    from benefit_awards w join benefit_policies p on p.id = w.policy_id join areas a on a.id = w.area_id
      left join enterprises e on e.id = w.enterprise_id left join residents r on r.id = w.resident_id
    where ${inScope(scope)} and (w.created_at at time zone 'Asia/Shanghai')::date >= ${range.from}::date
      and (w.created_at at time zone 'Asia/Shanghai')::date < ${range.to}::date and w.id > ${afterId}
    order by w.id limit ${limit}`.execute(db);
  return rows;
}

export interface LoanLedgerRow {
  id: number;
  product: string;
  borrower: string;
  applicant: string;
  credit_code: string | null;
  id_number_masked: string | null;
  id_number_enc: Buffer | null;
  phone: string;
  community: string;
  station: string;
  amount_fen: number;
  term_months: number;
  rate_bp: number | null;
  disbursed_on: string;
  maturity_on: string | null;
  jobs_promised: number;
  jobs_created: number | null;
  status: string;
  subsidy_fen: number;
}

/** 贷款台账: every guarantee loan disbursed in the period, with its schedule's 贴息 in all. */
export async function loanLedgerPage(db: Db, scope: FigureScope, range: MonthRange, afterId: number, limit: number) {
  const { rows } = await sql<LoanLedgerRow>`
    select l.id, p.title as product, coalesce(e.name, r.name) as borrower, r.name as applicant, e.credit_code,
      r.id_number_masked, r.id_number_enc, r.phone, ${communityName} as community, s.name as station, l.amount_fen,
      l.term_months, l.rate_bp, to_char(l.disbursed_on, 'YYYY-MM-DD') as disbursed_on,
      to_char(l.maturity_on, 'YYYY-MM-DD') as maturity_on, l.jobs_promised, l.jobs_created, l.status,
      (select coalesce(sum(x.subsidy_fen), 0)::bigint from loan_schedule_periods x where x.loan_id = l.id) as subsidy_fen
    from loans l join loan_products p on p.code = l.product_code join residents r on r.id = l.resident_id
      join stations s on s.id = l.station_id join areas a on a.id = l.area_id
      left join enterprises e on e.id = l.enterprise_id
    where ${inScope(scope)} and l.disbursed_on >= ${range.from}::date and l.disbursed_on < ${range.to}::date
      and l.id > ${afterId}
    order by l.id limit ${limit}`.execute(db);
  return rows;
}
