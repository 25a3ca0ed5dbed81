import type { Role } from '../../../shared/schemas/auth';

/** The catalog and its rules are the street's (SPEC §2: street officer — "policies"). */
export const CATALOG_EDIT_ROLES = ['street_officer'] as const satisfies readonly Role[];
/** Staff who read the catalog, preview rules, see campaigns and work the review queues. */
export const BENEFITS_STAFF_ROLES = ['street_officer', 'community_officer'] as const satisfies readonly Role[];
/** Who may open a policy or apply: residents (for themselves and their enterprises) and the officers who help them (代办). */
export const APPLY_ROLES = ['resident', 'street_officer', 'community_officer'] as const satisfies readonly Role[];
/** Running a campaign over the street and confirming payment batches are the street's. */
export const CAMPAIGN_ROLES = ['street_officer'] as const satisfies readonly Role[];
export const BATCH_ROLES = ['street_officer'] as const satisfies readonly Role[];
/** Door visits are logged by community officers (a street officer may log one too). */
export const VISIT_ROLES = ['community_officer', 'street_officer'] as const satisfies readonly Role[];
