/** The dashboard's use cases: the figures of an area over months, and the records behind one figure. */
import { businessDay } from '../../../shared/dates';
import { permille, type Dashboard, type DashboardQuery, type FigureRecords } from '../../../shared/schemas/dashboard';
import type { ActorContext } from '../../context';
import { FieldError, notFound } from '../../core/app-error';
import type { FigureDefinition } from '../../core/figure';
import { pathInScope } from '../../http/scope';
import { FIGURES, findFigure } from './figure-registry';
import * as repo from './dashboard.repository';

export const MAX_MONTHS = 36;

/** The months from..to inclusive (YYYY-MM), as a day range [first day, first day after). */
export function monthRange(from: string, to: string): { months: string[]; range: repo.MonthRange } {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const count = (ty - fy) * 12 + (tm - fm) + 1;
  if (count < 1) throw new FieldError('to', 'month_order');
  if (count > MAX_MONTHS) throw new FieldError('to', 'months_too_many');
  const months = Array.from({ length: count }, (_, i) => {
    const m = fm - 1 + i;
    return `${fy + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
  const after = tm === 12 ? `${ty + 1}-01` : `${ty}-${String(tm + 1).padStart(2, '0')}`;
  return { months, range: { from: `${from}-01`, to: `${after}-01` } };
}

/** The period asked for, or this year up to this month (Shanghai). */
function period(ctx: ActorContext, query: DashboardQuery) {
  const today = businessDay(ctx.now).slice(0, 7);
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  const from = query.from ?? `${to.slice(0, 4)}-01`;
  return { from, to, ...monthRange(from, to) };
}

/** The area asked for (in the actor's scope and a street, community or district), or the actor's first area. */
async function chosenArea(ctx: ActorContext, areaId: number | undefined) {
  const choices = await repo.areaChoices(ctx.db, ctx.actor.areaPaths);
  const wanted = areaId ?? ctx.actor.areas[0]?.id;
  const area = choices.find((c) => c.id === wanted);
  if (!area || !pathInScope(area.path, ctx.actor.areaPaths)) throw notFound();
  return { area, choices };
}

/** The area and months a request is about, checked against the actor's scope. */
export async function resolvePeriod(ctx: ActorContext, query: DashboardQuery) {
  const { from, to, months, range } = period(ctx, query);
  const { area, choices } = await chosenArea(ctx, query.area);
  return { from, to, months, range, area, choices };
}

const label = (figure: FigureDefinition, locale: ActorContext['actor']['locale']) => figure.label[locale];

export async function getDashboard(ctx: ActorContext, query: DashboardQuery): Promise<Dashboard> {
  const locale = ctx.actor.locale;
  const { from, to, months, range, area, choices } = await resolvePeriod(ctx, query);
  const scope = { areaPath: area.path, actorPaths: ctx.actor.areaPaths };
  const communities = await repo.partsOf(ctx.db, area.path);
  const results = await Promise.all(
    FIGURES.map(async (figure) => ({ figure, ...(await repo.figureByPartAndMonth(ctx.db, figure, scope, range)) })),
  );
  // Records placed above any community (the street's own) are a part of their own, after the communities.
  const parts = [...communities];
  for (const { parts: found } of results)
    for (const p of found)
      if (!parts.some((c) => c.id === p.part)) parts.push({ id: p.part, name: area.id === p.part ? area.name : '' });
  const named = await Promise.all(
    parts.map(async (p) => (p.name ? p : { id: p.id, name: (await repo.findArea(ctx.db, p.id))?.name ?? '' })),
  );
  return {
    area: { id: area.id, name: area.name, level: area.level },
    choices: choices.map((c) => ({ id: c.id, name: c.name, level: c.level })),
    from,
    to,
    months,
    parts: named,
    figures: results.map(({ figure, parts: found, monthly }) => {
      // a rate is its amounts over its bases, in each part, each month and the whole; anything else adds up
      const shown = (x: { value: number; base: number } | undefined) =>
        !x ? 0 : figure.unit === 'permille' ? permille(x.value, x.base) : x.value;
      const whole = found.reduce((sum, p) => ({ value: sum.value + p.value, base: sum.base + p.base }), {
        value: 0,
        base: 0,
      });
      return {
        id: figure.id,
        group: figure.group,
        label: label(figure, locale),
        unit: figure.unit,
        additive: figure.additive,
        total: shown(whole),
        byMonth: months.map((m) => shown(monthly.find((x) => x.month === m))),
        byArea: named.map((p) => shown(found.find((x) => x.part === p.id))),
      };
    }),
  };
}

export async function getFigureRecords(
  ctx: ActorContext,
  id: string,
  query: DashboardQuery & { page: number },
): Promise<FigureRecords> {
  const locale = ctx.actor.locale;
  const figure = findFigure(id);
  if (!figure) throw notFound();
  const { from, to, range, area } = await resolvePeriod(ctx, query);
  const scope = { areaPath: area.path, actorPaths: ctx.actor.areaPaths };
  const rows = await repo.figureRecordPage(ctx.db, figure, scope, range, query.page);
  let count = rows[0]?.total_count ?? 0;
  let amount = rows[0]?.total_amount ?? 0;
  let base = rows[0]?.total_base ?? 0;
  if (rows.length === 0 && query.page > 1) {
    // past the last page: the totals still answer for the whole list
    const first = await repo.figureRecordPage(ctx.db, figure, scope, range, 1);
    count = first[0]?.total_count ?? 0;
    amount = first[0]?.total_amount ?? 0;
    base = first[0]?.total_base ?? 0;
  }
  return {
    figure: { id: figure.id, label: label(figure, locale), unit: figure.unit },
    area: { id: area.id, name: area.name, level: area.level },
    from,
    to,
    total: figure.unit === 'count' ? count : figure.unit === 'permille' ? permille(amount, base) : amount,
    count,
    page: query.page,
    pageSize: repo.RECORDS_PAGE_SIZE,
    items: rows.map((r) => ({
      key: r.key,
      day: r.day,
      areaName: r.area_name,
      title: r.title,
      detail: r.detail,
      amount: r.amount,
      base: r.base,
      link: r.link,
    })),
  };
}
