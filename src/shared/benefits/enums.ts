/** Benefits (政策: policies, applications, campaigns): its closed lists, re-exported by ../enums.ts (free of zod, like it). */
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
