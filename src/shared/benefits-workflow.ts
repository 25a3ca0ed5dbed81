/**
 * The application workflow (SPEC §3.3 Applications) as a transition table that
 * the server enforces and the web reads to offer only the actions that exist.
 * submitted → community review → street review → approved → disbursed (in a
 * payment batch); either review may reject (with a reason) or return it for
 * more material, after which the applicant submits again.
 */
import type { BENEFIT_APPLICATION_STATUSES } from './enums';

export type ApplicationStatus = (typeof BENEFIT_APPLICATION_STATUSES)[number];
export type ReviewerRole = 'community_officer' | 'street_officer';

export const APPLICATION_ACTIONS = ['community_approve', 'street_approve', 'return', 'reject', 'resubmit'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

interface Transition {
  from: ApplicationStatus;
  action: ApplicationAction | 'disburse';
  to: ApplicationStatus;
  /** Who may take it: a reviewer role, or the applicant side (the subject, or the officer who applied for them). */
  by: ReviewerRole | 'applicant' | 'batch';
}

export const APPLICATION_TRANSITIONS: readonly Transition[] = [
  { from: 'submitted', action: 'community_approve', to: 'community_approved', by: 'community_officer' },
  { from: 'submitted', action: 'return', to: 'returned', by: 'community_officer' },
  { from: 'submitted', action: 'reject', to: 'rejected', by: 'community_officer' },
  { from: 'community_approved', action: 'street_approve', to: 'approved', by: 'street_officer' },
  { from: 'community_approved', action: 'return', to: 'returned', by: 'street_officer' },
  { from: 'community_approved', action: 'reject', to: 'rejected', by: 'street_officer' },
  { from: 'returned', action: 'resubmit', to: 'submitted', by: 'applicant' },
  { from: 'approved', action: 'disburse', to: 'disbursed', by: 'batch' },
];

export function transitionFor(from: ApplicationStatus, action: Transition['action']): Transition | null {
  return APPLICATION_TRANSITIONS.find((t) => t.from === from && t.action === action) ?? null;
}

/** The review actions a staff role may take on an application in this state. */
export function reviewActions(status: ApplicationStatus, role: string): ApplicationAction[] {
  return APPLICATION_TRANSITIONS.filter((t) => t.from === status && t.by === role).map(
    (t) => t.action as ApplicationAction,
  );
}

/** Materials may be added until the community has reviewed (and again when returned). */
export function acceptsMaterials(status: ApplicationStatus): boolean {
  return status === 'submitted' || status === 'returned';
}

/** The steps an applicant sees, in order; a returned or rejected application stops where it was sent back. */
export const APPLICATION_STEPS = ['submitted', 'community_approved', 'approved', 'disbursed'] as const;
