import type { Role } from '../../../shared/schemas/auth';

/** Areas are configuration: the system administrator's (三员分立). */
export const AREA_ADMINS = ['sysadmin'] as const satisfies readonly Role[];
/** Operational settings of an area are the street's business, not the system administrator's. */
export const AREA_SETTINGS_READERS = ['community_officer', 'street_officer'] as const satisfies readonly Role[];
export const AREA_SETTINGS_WRITERS = ['street_officer'] as const satisfies readonly Role[];
