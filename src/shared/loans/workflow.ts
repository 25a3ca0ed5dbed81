/**
 * The guarantee-loan journey (SPEC §3.4) as one transition table that the server
 * enforces and the web reads: which step exists from which stage, who takes it,
 * and which stage the applicant sees next. Nothing else decides a loan's status.
 *
 * draft → submitted (station intake) → station review → street (人社) review →
 * guarantee review → bank review → bank approved → repaying (disbursed) → settled;
 * returned for materials, rejected or withdrawn from any open stage; overdue.
 */
import type { LoanStatus } from './enums';

/** Who holds a stage: the applicant, the loan's station, the street office, its guarantee institution, its bank. */
export type LoanHolder = 'applicant' | 'station' | 'street' | 'guarantee' | 'bank' | 'nobody';

export const LOAN_ACTIONS = [
  'submit',
  'accept',
  'station_approve',
  'street_approve',
  'guarantee_approve',
  'bank_approve',
  'disburse',
  'return',
  'reject',
  'withdraw',
  'mark_overdue',
  'cure_overdue',
  'settle',
] as const;
export type LoanAction = (typeof LOAN_ACTIONS)[number];

export interface LoanTransition {
  from: LoanStatus;
  action: LoanAction;
  to: LoanStatus;
  /** Who takes it: the applicant side (the applicant, or a station agent filing for them: 代办) or a holder. */
  by: Exclude<LoanHolder, 'nobody'>;
  /** A decision on someone else's work: never taken by who filed the loan or decided an earlier stage. */
  checks?: true;
  /** A note is required (a return names what is missing; a rejection gives its reason). */
  noteRequired?: true;
}

const REVIEW_STAGES = [
  ['station_review', 'station'],
  ['street_review', 'street'],
  ['guarantee_review', 'guarantee'],
  ['bank_review', 'bank'],
] as const satisfies readonly (readonly [LoanStatus, LoanHolder])[];

export const LOAN_TRANSITIONS: readonly LoanTransition[] = [
  { from: 'draft', action: 'submit', to: 'submitted', by: 'applicant' },
  { from: 'returned', action: 'submit', to: 'submitted', by: 'applicant' },
  { from: 'submitted', action: 'accept', to: 'station_review', by: 'station' },
  { from: 'submitted', action: 'return', to: 'returned', by: 'station', noteRequired: true },
  { from: 'station_review', action: 'station_approve', to: 'street_review', by: 'station', checks: true },
  { from: 'street_review', action: 'street_approve', to: 'guarantee_review', by: 'street', checks: true },
  { from: 'guarantee_review', action: 'guarantee_approve', to: 'bank_review', by: 'guarantee', checks: true },
  { from: 'bank_review', action: 'bank_approve', to: 'bank_approved', by: 'bank', checks: true },
  { from: 'bank_approved', action: 'disburse', to: 'repaying', by: 'bank' },
  ...REVIEW_STAGES.flatMap(([from, by]) => [
    { from, action: 'return' as const, to: 'returned' as const, by, noteRequired: true as const },
    {
      from,
      action: 'reject' as const,
      to: 'rejected' as const,
      by,
      checks: true as const,
      noteRequired: true as const,
    },
  ]),
  ...(
    ['draft', 'submitted', 'station_review', 'street_review', 'guarantee_review', 'bank_review', 'returned'] as const
  ).map((from) => ({ from, action: 'withdraw' as const, to: 'withdrawn' as const, by: 'applicant' as const })),
  { from: 'repaying', action: 'mark_overdue', to: 'overdue', by: 'bank', noteRequired: true },
  { from: 'overdue', action: 'cure_overdue', to: 'repaying', by: 'bank' },
  { from: 'repaying', action: 'settle', to: 'settled', by: 'bank' },
  { from: 'overdue', action: 'settle', to: 'settled', by: 'bank' },
];

export function loanTransition(from: LoanStatus, action: LoanAction): LoanTransition | null {
  return LOAN_TRANSITIONS.find((t) => t.from === from && t.action === action) ?? null;
}

/** Who holds a loan in this status: whose move it is. */
export const STAGE_HOLDER: Record<LoanStatus, LoanHolder> = {
  draft: 'applicant',
  returned: 'applicant',
  submitted: 'station',
  station_review: 'station',
  street_review: 'street',
  guarantee_review: 'guarantee',
  bank_review: 'bank',
  bank_approved: 'bank',
  repaying: 'bank',
  overdue: 'bank',
  settled: 'nobody',
  rejected: 'nobody',
  withdrawn: 'nobody',
};

/** The stages on the way to the money, in order: what the applicant's tracker draws. */
export const LOAN_JOURNEY = [
  'draft',
  'submitted',
  'station_review',
  'street_review',
  'guarantee_review',
  'bank_review',
  'bank_approved',
  'repaying',
  'settled',
] as const satisfies readonly LoanStatus[];

/** Stages with a working-day target (a setting): the ones someone other than the applicant holds before the money. */
export const TIMED_STAGES = [
  'submitted',
  'station_review',
  'street_review',
  'guarantee_review',
  'bank_review',
  'bank_approved',
] as const satisfies readonly LoanStatus[];
export type TimedStage = (typeof TIMED_STAGES)[number];

/** The steps a holder may take on a loan in this status. */
export function actionsFor(status: LoanStatus, by: LoanTransition['by']): LoanAction[] {
  return LOAN_TRANSITIONS.filter((t) => t.from === status && t.by === by).map((t) => t.action);
}
