/**
 * Who may do what with the street's organisations and the rosters of 就业服务专员 (SPEC §3.6).
 * An organisation belongs to an area (the street or one community): the street's officers keep
 * every organisation of the street, a community's officer those of her community; one out of
 * reach answers 404 (SPEC §2). A roster belongs to its community and is kept the same way. A
 * member of staff on a roster reads the residents she looks after wherever they are listed.
 */
import type { Role } from '../../../shared/enums';

/** Read and keep organisations, their members, contacts and activities, and the rosters. */
export const ORGANISATION_KEEPERS = ['street_officer', 'community_officer'] as const satisfies readonly Role[];
/** Staff who may serve on a roster as 就业服务专员, and read the residents they look after. */
export const SPECIALIST_ROLES = [
  'street_officer',
  'community_officer',
  'station_agent',
] as const satisfies readonly Role[];
