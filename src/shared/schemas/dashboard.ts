/** The street's dashboard (数据看板, SPEC §3.7): figures by street → community → month, and each figure's records. */
import { z } from './zod';

/** A calendar month, YYYY-MM. */
export const month = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, { message: 'month_format' });

export const dashboardQuery = z.object({
  area: z.coerce.number().int().positive().optional(),
  from: month.optional(),
  to: month.optional(),
});

/** count: records counted; fen: money summed; sum: a number of people or days summed. */
export const figureUnit = z.enum(['count', 'fen', 'sum']);

export const dashboardFigure = z.object({
  id: z.string(),
  group: z.string(),
  label: z.string(),
  unit: figureUnit,
  additive: z.boolean(),
  /** The figure over the whole period. */
  total: z.number(),
  /** One value per month of `months`. */
  byMonth: z.array(z.number()),
  /** One value per entry of `communities` (the area's own, street-level records last when there are any). */
  byArea: z.array(z.number()),
});

export const dashboardArea = z.object({ id: z.number().int(), name: z.string(), level: z.string() });

export const dashboard = z.object({
  area: dashboardArea,
  /** The areas the actor may pick: their own and the communities under them. */
  choices: z.array(dashboardArea),
  from: month,
  to: month,
  months: z.array(month),
  /** The parts the figures are broken into: the communities under the area, or the area itself. */
  parts: z.array(z.object({ id: z.number().int(), name: z.string() })),
  figures: z.array(dashboardFigure),
});

export const figureRecordsQuery = dashboardQuery.extend({
  page: z.coerce.number().int().min(1).default(1),
});
export const figureIdParam = z.object({
  id: z
    .string()
    .regex(/^[a-z]+\.[a-z-]+$/)
    .max(60),
});

export const figureRecord = z.object({
  key: z.string(),
  day: z.string(),
  areaName: z.string(),
  title: z.string(),
  detail: z.string(),
  /** In fen for a money figure, 1 for a counted record. */
  amount: z.number(),
  link: z.string(),
});

export const figureRecords = z.object({
  figure: dashboardFigure.pick({ id: true, label: true, unit: true }),
  area: dashboardArea,
  from: month,
  to: month,
  /** The figure over the period: the count of the records, or the sum of their amounts. */
  total: z.number(),
  /** How many records make it. */
  count: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(figureRecord),
});

export type Dashboard = z.infer<typeof dashboard>;
export type FigureRecords = z.infer<typeof figureRecords>;
export type DashboardQuery = z.infer<typeof dashboardQuery>;

/** The ledgers staff report upward (台账): micro-factories, employment, subsidies, guarantee loans. */
export const LEDGERS = ['factories', 'employment', 'subsidies', 'loans'] as const;
export const ledgerParam = z.object({ ledger: z.enum(LEDGERS) });
/** With a reason, ID and phone numbers are written in full (and the export says why in the audit log). */
export const ledgerQuery = dashboardQuery.extend({ reason: z.string().trim().min(4).max(200).optional() });
export type Ledger = (typeof LEDGERS)[number];
