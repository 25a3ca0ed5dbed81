/** The dashboard's SQL: a figure's records counted or summed by part and month, and paged for its drill-down. */
import { sql, type RawBuilder } from 'kysely';
import type { FigureDefinition, FigureRange } from '../../core/figure';
import type { Db } from '../../db/client';

/** Where the records are counted: under the chosen area, and only under the areas the actor serves. */
export interface FigureScope {
  areaPath: string;
  actorPaths: readonly string[];
}

/** A period of whole months: the first day of the first month and the first day after the last. */
export interface MonthRange {
  from: string;
  to: string;
}

const inScope = (scope: FigureScope) =>
  sql<boolean>`a.path like ${`${scope.areaPath}%`} and a.path like any(${scope.actorPaths.map((p) => `${p}%`)}::text[])`;

/**
 * The part an area's records are shown under: the community above it, or the area itself when it is the
 * community or above. Asked once per area (`a` is the records grouped by area), not once per record.
 */
const partOf = sql<number>`coalesce((select c.id from areas c where c.level = 'community' and a.path like c.path || '%'), a.id)`;

/** What the dashboard adds up for a figure: its rollup's rows when it keeps one, else its records. */
const sourceOf = (figure: FigureDefinition, range: FigureRange) =>
  figure.rollup ? figure.rollup(range) : figure.records(range);
/** What a figure adds up per group: its records counted or their amounts (a rollup's counts) summed; a rate's bases beside them. */
const valueOf = (figure: FigureDefinition): RawBuilder<number> =>
  figure.unit === 'count' && !figure.rollup
    ? sql<number>`count(*)::bigint`
    : sql<number>`coalesce(sum(s.amount), 0)::bigint`;
const baseOf = (figure: FigureDefinition): RawBuilder<number> =>
  figure.unit === 'permille' || figure.rollup ? sql<number>`coalesce(sum(s.base), 0)::bigint` : sql<number>`0::bigint`;

const dayRange = (range: MonthRange): FigureRange => ({ from: sql`${range.from}::date`, to: sql`${range.to}::date` });

/** The figure by part over the whole period. */
export async function figureByPart(db: Db, figure: FigureDefinition, scope: FigureScope, range: MonthRange) {
  const { rows } = await sql<{ part: number; value: number; base: number }>`
    select ${partOf} as part, sum(a.value)::bigint as value, sum(a.base)::bigint as base
    from (select a.id, a.path, ${valueOf(figure)} as value, ${baseOf(figure)} as base
          from (${sourceOf(figure, dayRange(range))}) s join areas a on a.id = s.area_id
          where ${inScope(scope)}
          group by a.id, a.path) a
    group by 1`.execute(db);
  return rows.map((r) => ({ part: r.part, value: Number(r.value), base: Number(r.base) }));
}

/**
 * The figure month by month (each month's records on their own), over the area as a whole. The
 * months are named `period_month`, which no figure's own aliases may take.
 */
export async function figureByMonth(db: Db, figure: FigureDefinition, scope: FigureScope, range: MonthRange) {
  const records = sourceOf(figure, { from: sql`period_month.start`, to: sql`period_month.stop` });
  const { rows } = await sql<{ month: string; value: number; base: number }>`
    select to_char(period_month.start, 'YYYY-MM') as month, ${valueOf(figure)} as value, ${baseOf(figure)} as base
    from (select d::date as start, (d + interval '1 month')::date as stop
          from generate_series(${range.from}::date, ${range.to}::date - 1, interval '1 month') d) period_month
    cross join lateral (${records}) s join areas a on a.id = s.area_id
    where ${inScope(scope)}
    group by 1`.execute(db);
  return rows.map((r) => ({ month: r.month, value: Number(r.value), base: Number(r.base) }));
}

/**
 * The figure by part and by month. An additive figure's records are read once for the whole period and
 * each put in the month of its day (grouped by area and month, then by part); a figure that stands over
 * a period is asked for the period and for each month on its own.
 */
export async function figureByPartAndMonth(
  db: Db,
  figure: FigureDefinition,
  scope: FigureScope,
  range: MonthRange,
): Promise<{
  parts: { part: number; value: number; base: number }[];
  monthly: { month: string; value: number; base: number }[];
}> {
  if (!figure.additive)
    return {
      parts: await figureByPart(db, figure, scope, range),
      monthly: await figureByMonth(db, figure, scope, range),
    };
  const { rows } = await sql<{ part: number; month: string; value: number; base: number }>`
    select ${partOf} as part, a.month, sum(a.value)::bigint as value, sum(a.base)::bigint as base
    from (select a.id, a.path, to_char(s.day, 'YYYY-MM') as month, ${valueOf(figure)} as value, ${baseOf(figure)} as base
          from (${sourceOf(figure, dayRange(range))}) s join areas a on a.id = s.area_id
          where ${inScope(scope)}
          group by a.id, a.path, 3) a
    group by 1, 2`.execute(db);
  const parts = new Map<number, { part: number; value: number; base: number }>();
  const monthly = new Map<string, { month: string; value: number; base: number }>();
  for (const r of rows) {
    const value = Number(r.value);
    const base = Number(r.base);
    const p = parts.get(r.part) ?? { part: r.part, value: 0, base: 0 };
    parts.set(r.part, { part: r.part, value: p.value + value, base: p.base + base });
    const m = monthly.get(r.month) ?? { month: r.month, value: 0, base: 0 };
    monthly.set(r.month, { month: r.month, value: m.value + value, base: m.base + base });
  }
  return { parts: [...parts.values()], monthly: [...monthly.values()] };
}

export const RECORDS_PAGE_SIZE = 50;

/** One page of the records that make a figure, newest first, with the count and sum of them all. */
export async function figureRecordPage(
  db: Db,
  figure: FigureDefinition,
  scope: FigureScope,
  range: MonthRange,
  page: number,
) {
  const records = figure.records(dayRange(range));
  const { rows } = await sql<{
    key: string;
    day: string;
    area_name: string;
    title: string;
    detail: string;
    amount: number;
    base: number;
    link: string;
    total_count: number;
    total_amount: number;
    total_base: number;
  }>`
    select s.key, to_char(s.day, 'YYYY-MM-DD') as day, a.name as area_name, s.title, coalesce(s.detail, '') as detail,
      s.amount::bigint as amount, ${figure.unit === 'permille' ? sql`s.base::bigint` : sql`0::bigint`} as base, s.link,
      count(*) over ()::bigint as total_count, coalesce(sum(s.amount) over (), 0)::bigint as total_amount,
      ${figure.unit === 'permille' ? sql`coalesce(sum(s.base) over (), 0)::bigint` : sql`0::bigint`} as total_base
    from (${records}) s join areas a on a.id = s.area_id
    where ${inScope(scope)}
    order by s.day desc, s.key
    limit ${RECORDS_PAGE_SIZE} offset ${(page - 1) * RECORDS_PAGE_SIZE}`.execute(db);
  return rows;
}

export async function findArea(db: Db, id: number) {
  return db.selectFrom('areas').select(['id', 'name', 'level', 'path']).where('id', '=', id).executeTakeFirst();
}

/** The areas a dashboard may be opened on: the actor's own areas and the communities under them. */
export async function areaChoices(db: Db, actorPaths: readonly string[]) {
  if (actorPaths.length === 0) return [];
  const { rows } = await sql<{ id: number; name: string; level: string; path: string }>`
    select id, name, level, path from areas
    where path like any(${actorPaths.map((p) => `${p}%`)}::text[]) and level in ('district', 'street', 'community')
    order by path`.execute(db);
  return rows;
}

/** The parts of an area's dashboard: the communities under it, or the area itself. */
export async function partsOf(db: Db, areaPath: string) {
  const { rows } = await sql<{ id: number; name: string }>`
    select id, name from areas where level = 'community' and path like ${`${areaPath}%`} order by id`.execute(db);
  return rows;
}
