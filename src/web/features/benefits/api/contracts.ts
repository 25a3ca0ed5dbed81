/**
 * The benefits contracts the screens use, from src/shared (the same seam as
 * lib/contracts.ts, kept inside the feature so the capability merges as one folder).
 */
import type { z } from 'zod';
import type * as s from '../../../../shared/schemas/benefits';

export type Policy = z.infer<typeof s.policy>;
export type PolicyInput = z.input<typeof s.createPolicy>;
export type PolicyVersion = z.infer<typeof s.policyVersion>;
export type Eligibility = z.infer<typeof s.eligibility>;
export type PolicyForMe = z.infer<typeof s.policyForMe>;
export type Application = z.infer<typeof s.application>;
export type ApplicationDetail = z.infer<typeof s.applicationDetail>;
export type Campaign = z.infer<typeof s.campaign>;
export type CampaignDetail = z.infer<typeof s.campaignDetail>;
export type CampaignTask = z.infer<typeof s.campaignTask>;
export type Batch = z.infer<typeof s.batch>;
export type BatchDetail = z.infer<typeof s.batchDetail>;
export type BatchRecipient = z.infer<typeof s.batchRecipient>;
export type Benefit = z.infer<typeof s.benefit>;
export type { RuleNode, PolicyTarget } from '../../../../shared/benefits-rules';
export type { ApplicationAction, ApplicationStatus } from '../../../../shared/benefits-workflow';
export { APPLICATION_STEPS } from '../../../../shared/benefits-workflow';
export {
  BENEFIT_APPLICATION_STATUSES,
  POLICY_CATEGORIES,
  POLICY_MODES,
  POLICY_TARGETS,
  VISIT_OUTCOMES,
} from '../../../../shared/enums';
