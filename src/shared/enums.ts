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
