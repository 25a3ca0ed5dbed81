/** The dashboard's SQL: a figure's records counted or summed by part and month, and paged for its drill-down. */
import { sql, type RawBuilder } from 'kysely';
import type { FigureDefinition } from '../../core/figure';
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

/** The part a record is shown under: the community above its area, or the area itself when it is the community or above. */
const partOf = sql<number>`coalesce((select c.id from areas c where c.level = 'community' and a.path like c.path || '%'), a.id)`;

const valueOf = (figure: FigureDefinition): RawBuilder<number> =>
  figure.unit === 'count' ? sql<number>`count(*)::bigint` : sql<number>`coalesce(sum(s.amount), 0)::bigint`;

/** The figure by part over the whole period. */
export async function figureByPart(db: Db, figure: FigureDefinition, scope: FigureScope, range: MonthRange) {
  const records = figure.records({ from: sql`${range.from}::date`, to: sql`${range.to}::date` });
  const { rows } = await sql<{ part: number; value: number }>`
    select ${partOf} as part, ${valueOf(figure)} as value
    from (${records}) s join areas a on a.id = s.area_id
    where ${inScope(scope)}
    group by 1`.execute(db);
  return rows;
}

/**
 * The figure month by month (each month's records on their own), over the area as a whole. The
 * months are named `period_month`, which no figure's own aliases may take.
 */
export async function figureByMonth(db: Db, figure: FigureDefinition, scope: FigureScope, range: MonthRange) {
  const records = figure.records({ from: sql`period_month.start`, to: sql`period_month.stop` });
  const { rows } = await sql<{ month: string; value: number }>`
    select to_char(period_month.start, 'YYYY-MM') as month, ${valueOf(figure)} as value
    from (select d::date as start, (d + interval '1 month')::date as stop
          from generate_series(${range.from}::date, ${range.to}::date - 1, interval '1 month') d) period_month
    cross join lateral (${records}) s join areas a on a.id = s.area_id
    where ${inScope(scope)}
    group by 1`.execute(db);
  return rows;
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
  const records = figure.records({ from: sql`${range.from}::date`, to: sql`${range.to}::date` });
  const { rows } = await sql<{
    key: string;
    day: string;
    area_name: string;
    title: string;
    detail: string;
    amount: number;
    link: string;
    total_count: number;
    total_amount: number;
  }>`
    select s.key, to_char(s.day, 'YYYY-MM-DD') as day, a.name as area_name, s.title, coalesce(s.detail, '') as detail,
      s.amount::bigint as amount, s.link,
      count(*) over ()::bigint as total_count, coalesce(sum(s.amount) over (), 0)::bigint as total_amount
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
