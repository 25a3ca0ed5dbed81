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
export const GRANTABLE_ROLES = ['community_officer', 'street_officer', 'station_agent', 'lender'] as const satisfies readonly StaffRole[];

/** Which level may sit under which: district → street → community → compound; places under a street or community. */
export const CHILD_LEVELS: Record<(typeof AREA_LEVELS)[number], readonly (typeof AREA_LEVELS)[number][]> = {
  district: ['street'],
  street: ['community', 'place'],
  community: ['compound', 'place'],
  compound: [],
  place: [],
};

// ── piecework ──
// ── end piecework ──

// ── jobs ──
// ── end jobs ──

// ── benefits ──
/** 政策 categories (SPEC §3.3): 创业扶持 / 就业补贴 / 社保补贴 / 培训补贴 / 贷款. */
export const POLICY_CATEGORIES = ['startup', 'employment', 'social_insurance', 'training', 'loan'] as const;
/** Who a policy is for: a resident, or an enterprise (its owner and managers apply). */
export const POLICY_TARGETS = ['person', 'enterprise'] as const;
/** 申请制 (apply) or 免申即享 (awarded without an application, confirmed by the street in a batch). */
export const POLICY_MODES = ['apply', 'automatic'] as const;
export const POLICY_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export const APPLICATION_STATUSES = ['submitted', 'community_approved', 'approved', 'disbursed', 'rejected', 'returned'] as const;
export const VISIT_OUTCOMES = ['interested', 'applied_on_site', 'declined', 'not_home', 'data_collected'] as const;
export const CAMPAIGN_TASK_KINDS = ['visit', 'collect_data'] as const;
// ── end benefits ──
