/**
 * 三员分立: the system administrator creates, deactivates and resets staff accounts; the security
 * administrator grants roles, resets authenticators, unlocks and sets the security policy; both
 * read the list. An administrator's own account and the three administrators' accounts are never
 * changed through these routes (staff-accounts.service.ts refuses them).
 */
import type { Role } from '../../../shared/schemas/auth';

export const SYSADMIN = ['sysadmin'] as const satisfies readonly Role[];
export const SECADMIN = ['secadmin'] as const satisfies readonly Role[];
export const ADMINS = ['sysadmin', 'secadmin'] as const satisfies readonly Role[];
