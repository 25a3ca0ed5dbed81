/**
 * The loans domain's dashboard figures (SPEC §3.7): guarantee loans disbursed (count and amount)
 * and the jobs they bring, the article's "为111家企业发放创业担保贷款1975万元". A loan counts on the
 * day it was disbursed, in the area it was filed for.
 */
import { sql } from 'kysely';
import type { FigureDefinition, FigureRange, FigureRecordRow } from '../../core/figure';

/**
 * Each loan disbursed in the range; `amount` is what the figure adds up (the loan's fen, or its
 * jobs: those reported created once known, else those promised at filing).
 */
const disbursed =
  (amount: 'money' | 'jobs') =>
  ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'loan:' || l.id as key, l.area_id, l.disbursed_on as day,
    ${amount === 'money' ? sql`l.amount_fen` : sql`coalesce(l.jobs_created, l.jobs_promised)::bigint`} as amount,
    coalesce(e.name, r.name) as title,
    p.title || ' · ' || (l.amount_fen / 1000000.0)::numeric(12, 1)::text || '万元 · ' ||
      case when l.jobs_created is null then '承诺带动就业 ' || l.jobs_promised else '带动就业 ' || l.jobs_created end
      || '人' as detail,
    '/staff/loans/' || l.id as link
  from loans l join loan_products p on p.code = l.product_code join residents r on r.id = l.resident_id
    left join enterprises e on e.id = l.enterprise_id
  where l.disbursed_on is not null and l.disbursed_on >= ${from} and l.disbursed_on < ${to}`;

export const loansFigures: readonly FigureDefinition[] = [
  {
    id: 'loans.disbursed',
    group: 'loans',
    label: { 'zh-CN': '创业担保贷款·发放笔数', en: 'Guarantee loans disbursed' },
    unit: 'count',
    additive: true,
    records: disbursed('money'),
  },
  {
    id: 'loans.amount',
    group: 'loans',
    label: { 'zh-CN': '创业担保贷款·发放金额', en: 'Guarantee loans: amount' },
    unit: 'fen',
    additive: true,
    records: disbursed('money'),
  },
  {
    id: 'loans.jobs',
    group: 'loans',
    label: { 'zh-CN': '创业担保贷款·带动就业', en: 'Guarantee loans: jobs' },
    unit: 'sum',
    additive: true,
    records: disbursed('jobs'),
  },
];
