/**
 * The settlement of a day, as rules a person can read (SPEC §3.1, ADRs 0020,
 * 0021, 0047). The database runs the same rules set-based in
 * `piecework_settle`; settle-rule.db.test.ts proves the two equal on random
 * days. Change one, change the other in the same commit.
 *
 * - A line per worker of each factory not yet settled that day who has pieces
 *   that day (approved, net of reversals) or open corrections of earlier
 *   settled days: Σ quantity × rate in 0.0001 yuan, plus those corrections.
 * - One rounding per line, half-up away from zero, to fen. A line that nets
 *   negative (corrections outweigh the day) pays 0; its negative net, exact,
 *   is carried to the worker's next settlement as an open correction of its day.
 * - Minutes present: the closed stretches of the day, plus the open one up to
 *   the moment of closing while the worker is still in; none without a check-in.
 * - The wage floor of the factory's area: a line is below it when
 *   amount × 60 < floor × minutes; a day without minutes present is not judged.
 */
import {
  belowWageFloor,
  pieceAmountE4,
  roundE4ToFen,
  type PresenceState,
} from '../../../shared/schemas/piecework-rules';

export interface RulePiece {
  factoryId: number;
  workerId: number;
  /** Negative for a reversal. */
  quantity: number;
  rateE4: number;
}

export interface RuleAdjustment {
  id: number;
  factoryId: number;
  workerId: number;
  /** The settled day the correction belongs to. */
  originDate: string;
  amountE4: number;
  /** Already paid by a settlement. */
  paid: boolean;
}

export interface RulePresence {
  factoryId: number;
  workerId: number;
  state: Exclude<PresenceState, 'none'>;
  minutesPresent: number;
  since: Date | null;
}

export interface RuleLine {
  factoryId: number;
  workerId: number;
  quantity: number;
  dayAmountE4: number;
  adjustmentE4: number;
  amountFen: number;
  /** The negative net carried to the next settlement (0 or less). */
  carriedE4: number;
  minutesPresent: number | null;
  floorFenPerHour: number;
  belowFloor: boolean;
}

export interface RuleSettlement {
  factoryId: number;
  areaId: number;
  totalFen: number;
  workerCount: number;
  flaggedCount: number;
  lines: RuleLine[];
  /** The open corrections this settlement pays, by id. */
  paidAdjustmentIds: number[];
}

/** Minutes present at a moment: the closed stretches, and the open one while in. */
export function minutesPresentAt(p: Pick<RulePresence, 'state' | 'minutesPresent' | 'since'>, now: Date): number {
  const open = p.state === 'in' && p.since ? Math.max(0, Math.floor((now.getTime() - p.since.getTime()) / 60_000)) : 0;
  return p.minutesPresent + open;
}

/** What a line carries to the worker's next settlement: its net when negative, else nothing. */
export function carriedE4(dayAmountE4: number, adjustmentE4: number): number {
  return Math.min(0, dayAmountE4 + adjustmentE4);
}

/** One line's money, what it carries forward, and its wage-floor judgement. */
export function settleLine(
  dayAmountE4: number,
  adjustmentE4: number,
  minutesPresent: number | null,
  floorFenPerHour: number,
): { amountFen: number; carriedE4: number; belowFloor: boolean } {
  const carried = carriedE4(dayAmountE4, adjustmentE4);
  const amountFen = roundE4ToFen(dayAmountE4 + adjustmentE4 - carried);
  return { amountFen, carriedE4: carried, belowFloor: belowWageFloor(amountFen, minutesPresent, floorFenPerHour) };
}

/**
 * The wage floor as a line shows it: below, met, or not judged because no
 * presence was kept that day (no check-in, or not a whole minute present).
 */
export function floorCheck(belowFloor: boolean, minutesPresent: number | null): 'below' | 'met' | 'no_presence' {
  if (belowFloor) return 'below';
  return minutesPresent && minutesPresent > 0 ? 'met' : 'no_presence';
}

/** Settles one day of the given factories; a factory settled that day before, or without lines, gets nothing. */
export function settleDay(input: {
  day: string;
  now: Date;
  factories: readonly { id: number; areaId: number; settledBefore: boolean }[];
  floorOfArea: ReadonlyMap<number, number>;
  pieces: readonly RulePiece[];
  adjustments: readonly RuleAdjustment[];
  presence: readonly RulePresence[];
}): RuleSettlement[] {
  const out: RuleSettlement[] = [];
  for (const f of input.factories) {
    const floor = input.floorOfArea.get(f.areaId);
    if (f.settledBefore || floor === undefined) continue;
    const sums = new Map<number, { quantity: number; dayE4: number; adjE4: number }>();
    const sum = (w: number) => sums.get(w) ?? sums.set(w, { quantity: 0, dayE4: 0, adjE4: 0 }).get(w)!;
    for (const p of input.pieces.filter((x) => x.factoryId === f.id)) {
      const s = sum(p.workerId);
      s.quantity += p.quantity;
      s.dayE4 += pieceAmountE4(p.quantity, p.rateE4);
    }
    const paid = input.adjustments.filter((a) => a.factoryId === f.id && !a.paid && a.originDate < input.day);
    for (const a of paid) sum(a.workerId).adjE4 += a.amountE4;
    const lines: RuleLine[] = [...sums]
      .filter(([, s]) => s.quantity !== 0 || s.dayE4 !== 0 || s.adjE4 !== 0)
      .sort(([a], [b]) => a - b)
      .map(([workerId, s]) => {
        const p = input.presence.find((x) => x.factoryId === f.id && x.workerId === workerId);
        const minutesPresent = p ? minutesPresentAt(p, input.now) : null;
        return {
          factoryId: f.id,
          workerId,
          quantity: s.quantity,
          dayAmountE4: s.dayE4,
          adjustmentE4: s.adjE4,
          ...settleLine(s.dayE4, s.adjE4, minutesPresent, floor),
          minutesPresent,
          floorFenPerHour: floor,
        };
      });
    if (lines.length === 0) continue;
    out.push({
      factoryId: f.id,
      areaId: f.areaId,
      totalFen: lines.reduce((t, l) => t + l.amountFen, 0),
      workerCount: lines.length,
      flaggedCount: lines.filter((l) => l.belowFloor).length,
      lines,
      paidAdjustmentIds: paid.map((a) => a.id).sort((a, b) => a - b),
    });
  }
  return out;
}
