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

// ── piecework ──
/** Industries of micro-factories (SPEC §3.1 dictionary; the article's are 箱包, 服装, 食品, 饰品 and 粉扑 packing). */
export const FACTORY_INDUSTRIES = [
  'bags',
  'garments',
  'food',
  'accessories',
  'cosmetics_packing',
  'electronics',
  'handicraft',
  'other',
] as const;
/** 筹建 / 运营 / 停业 */
export const FACTORY_STATUSES = ['preparing', 'operating', 'closed'] as const;
/** 闲置 → 已匹配 → 使用中 */
export const VENUE_STATUSES = ['idle', 'matched', 'in_use'] as const;
/** 个 / 件 / 打 / 箱 */
export const PRODUCT_UNITS = ['piece', 'item', 'dozen', 'box'] as const;
export const PAY_METHODS = ['cash', 'wechat', 'bank'] as const;
export const PRESENCE_KINDS = ['check_in', 'step_out', 'come_back', 'check_out'] as const;
export const SETTLEMENT_STATUSES = ['closed', 'confirmed', 'paid'] as const;
export const SETTLEMENT_LINE_STATUSES = ['open', 'acknowledged', 'disputed', 'resolved'] as const;
export const PIECE_RECORD_STATES = ['approved', 'pending', 'rejected'] as const;
// ── end piecework ──

// ── jobs ──
/** 岗位类型 (SPEC §3.2): 全职 / 兼职 / 计件 / 小时工 / 临时零工 / 共享用工. */
/** How a resident's matches are ordered: by the match score, or by walking time alone (her choice, SPEC §3.2 Transparency). */
export const MATCH_ORDERS = ['score', 'walk'] as const;
export const JOB_TYPES = ['full_time', 'part_time', 'piecework', 'hourly', 'gig', 'shared'] as const;
/** 元/月, 元/天, 元/小时, 元/件. */
export const PAY_UNITS = ['month', 'day', 'hour', 'piece'] as const;
export const JOB_CATEGORIES = [
  'manufacturing',
  'catering',
  'retail',
  'services',
  'logistics',
  'care',
  'office',
  'other',
] as const;
/** The skills dictionary; residents and posts may add free tags beside these. */
export const JOB_SKILLS = [
  'sewing',
  'packing',
  'handcraft',
  'beading',
  'food_processing',
  'cooking',
  'serving',
  'cashier',
  'cleaning',
  'warehouse',
  'driving',
  'childcare',
  'elderly_care',
  'computer',
  'sales',
] as const;
export const JOB_POST_STATUSES = ['pending_review', 'published', 'rejected', 'taken_down', 'closed'] as const;
export const MOTHER_STATUSES = ['none', 'requested', 'certified', 'refused'] as const;
export const APPLICATION_STATUSES = ['applied', 'viewed', 'invited', 'hired', 'rejected', 'withdrawn'] as const;
export const APPLICATION_ORIGINS = ['resident', 'employer'] as const;
export const INVITATION_KINDS = ['interview', 'trial_day'] as const;
/** What an application may pass to the employer; the consent names the ones chosen. */
export const SHARED_FIELDS = ['name', 'phone', 'gender', 'age', 'skills', 'availability', 'community'] as const;
export const REPORT_REASONS = ['fee', 'false_info', 'discrimination', 'unsafe', 'other'] as const;
/** 红名单 (trusted) / 黑名单 (blocked from posting). */
export const WATCHLIST_KINDS = ['red', 'black'] as const;
export const CONSENT_METHODS = ['in_app', 'paper', 'verbal_witnessed'] as const;
// ── end jobs ──

// ── benefits ──
/** 政策 categories (SPEC §3.3): 创业扶持 / 就业补贴 / 社保补贴 / 培训补贴 / 贷款. */
export const POLICY_CATEGORIES = ['startup', 'employment', 'social_insurance', 'training', 'loan'] as const;
/** Who a policy is for: a resident, or an enterprise (its owner and managers apply). */
export const POLICY_TARGETS = ['person', 'enterprise'] as const;
/** 申请制 (apply) or 免申即享 (awarded without an application, confirmed by the street in a batch). */
export const POLICY_MODES = ['apply', 'automatic'] as const;
export const POLICY_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export const BENEFIT_APPLICATION_STATUSES = [
  'submitted',
  'community_approved',
  'approved',
  'disbursed',
  'rejected',
  'returned',
] as const;
export const VISIT_OUTCOMES = ['interested', 'applied_on_site', 'declined', 'not_home', 'data_collected'] as const;
export const CAMPAIGN_TASK_KINDS = ['visit', 'collect_data'] as const;
// ── end benefits ──
