/**
 * A dashboard figure (SPEC §3.7), defined once in the domain that owns its records and
 * collected in domains/dashboard/figure-registry.ts. A figure is the list of records that
 * make it: the dashboard counts or sums that list by community and month, and its drill-down
 * pages through the same list, so a figure and its records cannot disagree (ADR 0062).
 */
import { sql, type RawBuilder } from 'kysely';

/** A business-day range [from, to) as SQL date expressions (Asia/Shanghai days). */
export interface FigureRange {
  from: RawBuilder<string>;
  to: RawBuilder<string>;
}

/**
 * One record of a figure. `area_id` places it (and scopes it); `day` is its Shanghai business
 * day; `amount` is what a money figure sums (fen), 1 otherwise; `title` and `detail` describe
 * it with personal data masked; `link` is the console page of the record or of a person's file.
 */
export interface FigureRecordRow {
  key: string;
  area_id: number;
  day: string;
  amount: number;
  /** A rate's base (ratings given, places offered): a `permille` figure is its amounts over its bases. */
  base?: number;
  title: string;
  detail: string;
  link: string;
}

export interface FigureDefinition {
  /** Stable id, `<domain>.<name>`: the drill-down's address. */
  id: string;
  /** The dashboard's section the figure belongs to. */
  group: 'jobs' | 'piecework' | 'benefits' | 'campaign' | (string & {});
  label: { 'zh-CN': string; en: string };
  /** count: the records are counted; fen: their amounts (money) are summed; sum: their amounts (people, days) are summed;
   * permille: a rate, their amounts over their bases (`permille()`), never added across parts or months.
   */
  unit: 'count' | 'fen' | 'sum' | 'permille';
  /**
   * true when the months of a period add up to the period (new posts, wages paid): each record's
   * `day` then lies in the range it is listed for, so the dashboard reads the period's records once
   * and puts each in the month of its day. false for what stands over a period (operating
   * factories, their workers), counted once each and asked month by month.
   */
  additive: boolean;
  /** The figure's records within a range, one row each, in the columns of FigureRecordRow. */
  records: (range: FigureRange) => RawBuilder<FigureRecordRow>;
  /**
   * A rollup kept by the writes, for an additive figure too large to count on each request (ADR 0076):
   * the figure's value (`amount`) and base by area and day within a range, equal to its records
   * counted or summed there (a property test proves it for each). The dashboard reads it; the
   * drill-down always lists the records.
   */
  rollup?: (range: FigureRange) => RawBuilder<FigureRollupRow>;
}

/** One row of a figure's rollup: what its records of one area and day come to. */
export interface FigureRollupRow {
  area_id: number;
  day: string;
  amount: number;
  base: number;
}

/** A timestamp column's Shanghai business day, for a figure's `day` column and its range. */
export const shanghaiDay = (column: string) => sql<string>`(${sql.ref(column)} at time zone 'Asia/Shanghai')::date`;
