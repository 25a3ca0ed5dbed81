import type { Role } from '../../../shared/schemas/auth';

/**
 * Everyone a loan concerns: the applicant, the station agents (代办 and station review), the street's officers
 * (人社 review; a community officer reads the loans of her community), the guarantee institution and the bank.
 * Which loans each sees is the repository's `loanVisibleTo`; out of it is 404.
 */
export const LOAN_READ_ROLES = [
  'resident',
  'station_agent',
  'community_officer',
  'street_officer',
  'lender',
] as const satisfies readonly Role[];
/** Filing a loan: a resident for themself or their enterprise, a station agent for a resident (代办). */
export const LOAN_FILE_ROLES = ['resident', 'station_agent'] as const satisfies readonly Role[];
/** Taking a step; the transition table then says whose step it is. */
export const LOAN_ACT_ROLES = [
  'resident',
  'station_agent',
  'street_officer',
  'lender',
] as const satisfies readonly Role[];
/** The products, rules and the LPR are the street's settings (SPEC §2: street officer — "policies"). */
export const LOAN_SETTINGS_ROLES = ['street_officer'] as const satisfies readonly Role[];
/** Finding a walk-in applicant by phone to file for them. */
export const LOAN_LOOKUP_ROLES = ['station_agent'] as const satisfies readonly Role[];
/** Recording repayments, on the screen or by import: the bank's staff, on the loans routed to their bank. */
export const LOAN_REPAYMENT_ROLES = ['lender'] as const satisfies readonly Role[];
/** Recording a quarter's 贴息: the street; reading it: the street and a community officer for her community. */
export const LOAN_SUBSIDY_RECORD_ROLES = ['street_officer'] as const satisfies readonly Role[];
export const LOAN_SUBSIDY_READ_ROLES = ['street_officer', 'community_officer'] as const satisfies readonly Role[];
/** The jobs a loan actually created: its station records them. */
export const LOAN_JOBS_ROLES = ['station_agent'] as const satisfies readonly Role[];
