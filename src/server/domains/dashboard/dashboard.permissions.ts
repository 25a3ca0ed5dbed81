/** Who may read the dashboard and export the ledgers: street and community officers, each within their own areas. */
import type { Role } from '../../../shared/schemas/auth';

export const DASHBOARD_ROLES = ['street_officer', 'community_officer'] as const satisfies readonly Role[];
/** Full ID and phone numbers in a ledger: the same officers, with a written reason, audited. */
export const LEDGER_REVEAL_ROLES = DASHBOARD_ROLES;
