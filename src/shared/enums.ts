/**
 * The closed lists of the domain, free of zod so the phone bundle can import
 * them without the validation library.
 */
export const AREA_LEVELS = ['district', 'street', 'community', 'compound', 'place'] as const;

export const STAFF_ROLES = [
  'community_officer',
  'street_officer',
  'station_agent',
  'lender',
  'sysadmin',
  'secadmin',
  'auditor',
] as const;
export const ROLES = ['resident', ...STAFF_ROLES] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = (typeof ROLES)[number];

/** 三员分立: platform administrators never read personal data. */
export const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditor'] as const satisfies readonly StaffRole[];

/** Labels that policies and matching use (SPEC §3.2). Sensitive: never shown to employers. */
export const RESIDENT_LABELS = [
  'mother',
  'hard_to_employ',
  'veteran',
  'disabled',
  'graduate',
  'registered_unemployed',
  'older_worker',
] as const;

export const ENTERPRISE_TYPES = ['micro_factory', 'company', 'individual_business', 'shop', 'cooperative'] as const;

/** Roles the security administrator may grant; the three administrators are created at installation only. */
export const GRANTABLE_ROLES = [
  'community_officer',
  'street_officer',
  'station_agent',
  'lender',
] as const satisfies readonly StaffRole[];

/** Which level may sit under which: district → street → community → compound; places under a street or community. */
export const CHILD_LEVELS: Record<(typeof AREA_LEVELS)[number], readonly (typeof AREA_LEVELS)[number][]> = {
  district: ['street'],
  street: ['community', 'place'],
  community: ['compound', 'place'],
  compound: [],
  place: [],
};

export * from './piecework/enums';
export * from './jobs/enums';
export * from './benefits/enums';
export * from './loans/enums';
export * from './stations/enums';
export * from './sharing/enums';
export * from './training/enums';
export * from './organisations/enums';
