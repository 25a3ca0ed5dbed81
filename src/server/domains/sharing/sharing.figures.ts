/**
 * Shared employment's dashboard figures (SPEC §3.7): agreements in force, the workers lent under
 * them with their consent, and the worker-days agreed; each counted on the day the agreement took
 * effect, in its area.
 */
import { sql } from 'kysely';
import { shanghaiDay, type FigureDefinition, type FigureRange, type FigureRecordRow } from '../../core/figure';

const active = sql`a.status = 'active'`;
const effective = (from: FigureRange['from'], to: FigureRange['to']) =>
  sql`${shanghaiDay('a.activated_at')} >= ${from} and ${shanghaiDay('a.activated_at')} < ${to}`;

const agreements = ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'agreement:' || a.id as key, a.area_id, ${shanghaiDay('a.activated_at')} as day, 1::bigint as amount,
    l.name || ' → ' || b.name as title, a.post_title || ' · ' || a.headcount || '人' as detail,
    '/staff/enterprises/' || a.lending_enterprise_id || '/file' as link
  from sharing_agreements a join enterprises l on l.id = a.lending_enterprise_id
    join enterprises b on b.id = a.borrowing_enterprise_id
  where ${active} and ${effective(from, to)}`;

/** Each worker lent with her consent; `amount` is 1, or for worker-days the agreement's days. */
const workers =
  (amount: 'one' | 'days') =>
  ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'worker:' || a.id || ':' || w.resident_id as key, a.area_id, ${shanghaiDay('a.activated_at')} as day,
    ${amount === 'one' ? sql`1::bigint` : sql`(a.end_date - a.start_date + 1)::bigint`} as amount,
    r.name as title, l.name || ' → ' || b.name || ' · ' || a.post_title as detail,
    '/staff/residents/' || w.resident_id || '/file' as link
  from sharing_agreement_workers w join sharing_agreements a on a.id = w.agreement_id
    join residents r on r.id = w.resident_id
    join enterprises l on l.id = a.lending_enterprise_id join enterprises b on b.id = a.borrowing_enterprise_id
  where w.consent = 'consented' and ${active} and ${effective(from, to)}`;

export const sharingFigures: readonly FigureDefinition[] = [
  {
    id: 'sharing.agreements',
    group: 'sharing',
    label: { 'zh-CN': '共享用工·协议数', en: 'Shared employment: agreements' },
    unit: 'count',
    additive: true,
    records: agreements,
  },
  {
    id: 'sharing.workers',
    group: 'sharing',
    label: { 'zh-CN': '共享用工·共享人数', en: 'Shared employment: workers' },
    unit: 'count',
    additive: true,
    records: workers('one'),
  },
  {
    id: 'sharing.days',
    group: 'sharing',
    label: { 'zh-CN': '共享用工·人天', en: 'Shared employment: worker-days' },
    unit: 'sum',
    additive: true,
    records: workers('days'),
  },
];
