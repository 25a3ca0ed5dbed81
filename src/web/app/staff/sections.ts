import type { Me, Role } from '../../lib/contracts';

export type Section =
  | 'residents'
  | 'enterprises'
  | 'accounts'
  | 'security-settings'
  | 'areas'
  | 'audit'
  | 'account-security'
  | 'piecework'
  | 'jobs-review'
  | 'jobs-reports'
  | 'jobs-assisted'
  | 'benefits'
  | 'dashboard'
  | 'loans'
  | 'stations'
  | 'events'
  | 'sharing'
  | 'training'
  | 'organisations'
  | 'rosters'
  | 'imports';

/**
 * What each role may open in the console, the first being where it lands.
 * 三员分立 (SPEC §2, ADR 0013): the platform administrators never see
 * personal data; the system administrator creates accounts and keeps the
 * area tree, the security administrator grants roles and sets the sign-in
 * rules, and the auditor sees only the log.
 */
export const SECTIONS_BY_ROLE: Record<Role, readonly Section[]> = {
  street_officer: [
    'dashboard',
    'residents',
    'enterprises',
    'piecework',
    'jobs-review',
    'jobs-reports',
    'jobs-assisted',
    'benefits',
    'loans',
    'stations',
    'training',
    'organisations',
    'rosters',
    'events',
    'sharing',
    'imports',
    'areas',
  ],
  community_officer: [
    'dashboard',
    'residents',
    'enterprises',
    'piecework',
    'jobs-assisted',
    'benefits',
    'loans',
    'stations',
    'events',
    'imports',
    'training',
    'organisations',
    'rosters',
    'areas',
  ],
  auditor: ['audit'],
  sysadmin: ['accounts', 'areas'],
  secadmin: ['accounts', 'security-settings', 'areas'],
  station_agent: ['loans', 'stations', 'events', 'training', 'rosters', 'areas'],
  lender: ['loans'],
  resident: [],
};

/** Every staff member's own sign-in settings (two-factor), after their work. */
export const ACCOUNT_SECURITY: Section = 'account-security';

/**
 * The sections in the menu. While two-factor sign-in is required and not
 * yet set up, the server answers nothing else, so nothing else is offered.
 */
export function menuSections(me: Pick<Me, 'role' | 'kind' | 'totpEnrollmentRequired'>): readonly Section[] {
  if (me.kind !== 'staff') return [];
  if (me.totpEnrollmentRequired) return [ACCOUNT_SECURITY];
  return [...SECTIONS_BY_ROLE[me.role], ACCOUNT_SECURITY];
}

/** The section a console path belongs to, by its first segment after /staff/. */
export function sectionOf(pathname: string, sections: readonly Section[]): Section | undefined {
  const segment = pathname.split('/')[2];
  return sections.find((section) => section === segment);
}
