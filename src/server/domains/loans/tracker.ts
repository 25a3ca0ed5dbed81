/**
 * The applicant's tracker (SPEC §3.4, issue item 5): from a loan's events, every stage of the journey with who
 * holds it, when it began and ended, the working days it took against its target, and whether it is past it.
 */
import { businessDay } from '../../../shared/dates';
import type { Locale } from '../../../shared/errors';
import type { LoanStatus } from '../../../shared/loans/enums';
import { LOAN_JOURNEY, STAGE_HOLDER, type LoanHolder } from '../../../shared/loans/workflow';
import { workingDaysBetween } from './calendar';

export interface TrackerEvent {
  fromStatus: LoanStatus | null;
  toStatus: LoanStatus;
  at: Date;
}

export interface TrackerStage {
  stage: LoanStatus;
  state: 'done' | 'current' | 'upcoming';
  holder: LoanHolder;
  enteredAt: Date | null;
  leftAt: Date | null;
  workingDaysUsed: number | null;
  targetWorkingDays: number | null;
  pastTarget: boolean;
}

/** Where a status sits on the journey: overdue is a kind of repaying; returned, rejected and withdrawn stop where they left. */
function position(status: LoanStatus, events: readonly TrackerEvent[]): number {
  if (status === 'overdue') return LOAN_JOURNEY.indexOf('repaying');
  const on = (LOAN_JOURNEY as readonly LoanStatus[]).indexOf(status);
  if (on >= 0) return on;
  const left = [...events].reverse().find((e) => e.toStatus === status)?.fromStatus ?? 'draft';
  return Math.max(0, (LOAN_JOURNEY as readonly LoanStatus[]).indexOf(left));
}

export function trackerStages(
  status: LoanStatus,
  events: readonly TrackerEvent[],
  targets: ReadonlyMap<string, number>,
  now: Date,
): TrackerStage[] {
  const at = position(status, events);
  const today = businessDay(now);
  return LOAN_JOURNEY.map((stage, i) => {
    const entered = [...events].reverse().find((e) => e.toStatus === stage) ?? null;
    const enteredIndex = entered ? events.lastIndexOf(entered) : -1;
    const left = enteredIndex >= 0 ? (events[enteredIndex + 1] ?? null) : null;
    const state = i < at ? 'done' : i === at ? 'current' : 'upcoming';
    const target = targets.get(stage) ?? null;
    const counted = state !== 'upcoming' && entered !== null;
    const used = counted ? workingDaysBetween(businessDay(entered.at), left ? businessDay(left.at) : today) : null;
    return {
      stage,
      state,
      holder: STAGE_HOLDER[stage],
      enteredAt: entered?.at ?? null,
      leftAt: state === 'current' ? null : (left?.at ?? null),
      workingDaysUsed: used,
      targetWorkingDays: target,
      pastTarget: target !== null && used !== null && used > target,
    };
  });
}

/** Whether a loan's current stage is past its target, from when it entered it. */
export function currentPastTarget(
  status: LoanStatus,
  enteredAt: Date,
  targets: ReadonlyMap<string, number>,
  now: Date,
): { used: number | null; target: number | null; past: boolean } {
  const target = targets.get(status) ?? null;
  if (target === null) return { used: null, target: null, past: false };
  const used = workingDaysBetween(businessDay(enteredAt), businessDay(now));
  return { used, target, past: used > target };
}

export function holderName(
  holder: LoanHolder,
  names: { station: string; guarantee: string; bank: string; applicant: string },
  words: Record<LoanHolder, Record<Locale, string>>,
  locale: Locale,
): string {
  if (holder === 'station' || holder === 'guarantee' || holder === 'bank' || holder === 'applicant')
    return names[holder];
  return words[holder][locale];
}
