import type { Role } from '../../../shared/schemas/auth';

export const ENTERPRISE_REGISTRY_ROLES = ['street_officer', 'community_officer'] as const satisfies readonly Role[];
/** Verification is the street's decision (SPEC §3.1: "verified by the street"). */
export const VERIFY_ROLES = ['street_officer'] as const satisfies readonly Role[];
