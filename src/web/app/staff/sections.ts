import type { Role } from '../../lib/contracts';

export type Section = 'residents' | 'enterprises' | 'areas' | 'audit';

/**
 * What each role may open in the console. 三员分立 (SPEC §2): the platform
 * administrators never see personal data, and the auditor sees only the log.
 */
export const SECTIONS_BY_ROLE: Record<Role, readonly Section[]> = {
  street_officer: ['residents', 'enterprises', 'areas'],
  community_officer: ['residents', 'enterprises', 'areas'],
  auditor: ['audit'],
  sysadmin: ['areas'],
  secadmin: ['areas'],
  station_agent: ['areas'],
  lender: [],
  resident: [],
};
