/** The piecework domain's dashboard figures (SPEC §3.7): operating micro-factories, their workers, wages paid and unpaid. */
import { sql } from 'kysely';
import { shanghaiDay, type FigureDefinition, type FigureRange, type FigureRecordRow } from '../../core/figure';

/** A factory's record page: its enterprise's whole file, or its operating resident's. */
const factoryLink = sql`coalesce('/staff/enterprises/' || f.enterprise_id || '/file', '/staff/residents/' || f.operator_resident_id || '/file')`;

/** Factories operating during the range: registered before its end and not closed. */
const factories = ({ to }: FigureRange) => sql<FigureRecordRow>`
  select 'factory:' || f.id as key, f.area_id, ${shanghaiDay('f.created_at')} as day, 1::bigint as amount,
    f.name as title, f.opening_hours as detail, ${factoryLink} as link
  from micro_factories f
  where f.status = 'operating' and ${shanghaiDay('f.created_at')} < ${to}`;

/** Jobs in those factories: workers on a factory's roll at some time in the range. */
const workers = ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'worker:' || w.id as key, f.area_id, w.joined_on as day, 1::bigint as amount,
    r.name as title, f.name as detail, '/staff/residents/' || w.resident_id || '/file' as link
  from factory_workers w join micro_factories f on f.id = w.factory_id join residents r on r.id = w.resident_id
  where f.status = 'operating' and ${shanghaiDay('f.created_at')} < ${to}
    and w.joined_on < ${to} and (w.left_on is null or w.left_on >= ${from})`;

const settlements =
  (paid: boolean) =>
  ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'settlement:' || s.id as key, s.area_id, s.work_date as day, s.total_fen as amount,
    f.name as title, to_char(s.work_date, 'YYYY-MM-DD') as detail, ${factoryLink} as link
  from settlements s join micro_factories f on f.id = s.factory_id
  where ${paid ? sql`s.status = 'paid'` : sql`s.status <> 'paid'`}
    and s.work_date >= ${from} and s.work_date < ${to}`;

export const pieceworkFigures: readonly FigureDefinition[] = [
  {
    id: 'piecework.factories',
    group: 'piecework',
    label: { 'zh-CN': '运营微工厂', en: 'Operating micro-factories' },
    unit: 'count',
    additive: false,
    records: factories,
  },
  {
    id: 'piecework.workers',
    group: 'piecework',
    label: { 'zh-CN': '微工厂岗位', en: 'Micro-factory jobs' },
    unit: 'count',
    additive: false,
    records: workers,
  },
  {
    id: 'piecework.wages-paid',
    group: 'piecework',
    label: { 'zh-CN': '已发日结工资', en: 'Daily wages paid' },
    unit: 'fen',
    additive: true,
    records: settlements(true),
  },
  {
    id: 'piecework.wages-unpaid',
    group: 'piecework',
    label: { 'zh-CN': '未付日结工资', en: 'Daily wages unpaid' },
    unit: 'fen',
    additive: true,
    records: settlements(false),
  },
];
