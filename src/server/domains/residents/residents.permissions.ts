import type { Role } from '../../../shared/schemas/auth';

/** Officers who keep the resident registry; platform admins (三员) never read it. */
export const REGISTRY_ROLES = ['street_officer', 'community_officer'] as const satisfies readonly Role[];
/** Who may ask to see a full phone or ID number (each reveal is audited with a reason). */
export const REVEAL_ROLES = REGISTRY_ROLES;
