/** Jobs (就业: posts, profiles, applications, trust): its closed lists, re-exported by ../enums.ts (free of zod, like it). */
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
