import type { Role } from '../../../shared/schemas/auth';

/** Officers who see factories, venues, wages and arrears in their areas (SPEC §3.1). */
export const PIECEWORK_STAFF_ROLES = ['street_officer', 'community_officer'] as const satisfies readonly Role[];
/** Community officers register idle venues; the street may too. */
export const VENUE_ROLES = PIECEWORK_STAFF_ROLES;
/** A micro-factory is verified by the street. */
export const FACTORY_VERIFY_ROLES = ['street_officer'] as const satisfies readonly Role[];
/** Owners (enterprise members or resident operators) and workers are residents by account. */
export const RESIDENT_ROLES = ['resident'] as const satisfies readonly Role[];
/** A dispute is resolved by the owner or an officer covering the factory. */
export const RESOLVE_STAFF_ROLES = PIECEWORK_STAFF_ROLES;
/** The street checks its factories' ledgers against their records (ADR 0047). */
export const LEDGER_CHECK_ROLES = ['street_officer'] as const satisfies readonly Role[];
