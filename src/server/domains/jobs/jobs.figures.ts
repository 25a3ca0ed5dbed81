/** The jobs domain's dashboard figures (SPEC §3.7): posts, hires and people placed by label. */
import { sql } from 'kysely';
import {
  shanghaiDay,
  type FigureDefinition,
  type FigureRange,
  type FigureRecordRow,
  type FigureRollupRow,
} from '../../core/figure';

const posts = ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'post:' || p.id as key, p.area_id, ${shanghaiDay('p.created_at')} as day, 1::bigint as amount,
    p.title as title, e.name as detail, '/staff/enterprises/' || p.enterprise_id || '/file' as link
  from job_posts p join enterprises e on e.id = p.enterprise_id
  where p.status in ('published', 'closed', 'taken_down')
    and ${shanghaiDay('p.created_at')} >= ${from} and ${shanghaiDay('p.created_at')} < ${to}`;

/** Hires: employment records starting in the range, placed by the employer's area. */
const hires = ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'employment:' || m.id as key, m.area_id, m.start_date as day, 1::bigint as amount,
    r.name as title, e.name || case when m.title <> '' then ' · ' || m.title else '' end as detail,
    '/staff/residents/' || m.resident_id || '/file' as link
  from employments m join residents r on r.id = m.resident_id join enterprises e on e.id = m.enterprise_id
  where m.start_date >= ${from} and m.start_date < ${to}`;

/**
 * Hires as the rollup the writes keep (employment_day_counts, ADR 0076): by the employer's area and
 * the day work started, the same places and days as `hires` lists them.
 */
const hiresByDay = ({ from, to }: FigureRange) => sql<FigureRollupRow>`
  select c.area_id, c.start_date as day, c.hires::bigint as amount, 0::bigint as base
  from employment_day_counts c
  where c.hires > 0 and c.start_date >= ${from} and c.start_date < ${to}`;

/** People with a label placed in work: their employments starting in the range, placed by the person's home area. */
const placed =
  (label: 'mother' | 'hard_to_employ' | 'older_worker') =>
  ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'employment:' || m.id as key, r.area_id, m.start_date as day, 1::bigint as amount,
    r.name as title, e.name || case when m.title <> '' then ' · ' || m.title else '' end as detail,
    '/staff/residents/' || m.resident_id || '/file' as link
  from employments m join residents r on r.id = m.resident_id join enterprises e on e.id = m.enterprise_id
  where ${label} = any(r.labels) and m.start_date >= ${from} and m.start_date < ${to}`;

export const jobsFigures: readonly FigureDefinition[] = [
  {
    id: 'jobs.posts',
    group: 'jobs',
    label: { 'zh-CN': '发布岗位', en: 'Posts' },
    unit: 'count',
    additive: true,
    records: posts,
  },
  {
    id: 'jobs.hires',
    group: 'jobs',
    label: { 'zh-CN': '录用人数', en: 'Hires' },
    unit: 'count',
    additive: true,
    records: hires,
    rollup: hiresByDay,
  },
  {
    id: 'jobs.placed-mothers',
    group: 'jobs',
    label: { 'zh-CN': '宝妈就业', en: 'Mothers placed' },
    unit: 'count',
    additive: true,
    records: placed('mother'),
  },
  {
    id: 'jobs.placed-hard-to-employ',
    group: 'jobs',
    label: { 'zh-CN': '就业困难人员就业', en: 'Hard-to-employ placed' },
    unit: 'count',
    additive: true,
    records: placed('hard_to_employ'),
  },
  {
    id: 'jobs.placed-older-workers',
    group: 'jobs',
    label: { 'zh-CN': '大龄人员就业', en: 'Older workers placed' },
    unit: 'count',
    additive: true,
    records: placed('older_worker'),
  },
];
