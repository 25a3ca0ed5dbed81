/**
 * The benefits (政策) API contract: the rule tree, policies and their versions,
 * eligibility with reasons, applications, campaigns, visits and batches.
 */
import { APPLICATION_ACTIONS } from '../benefits-workflow';
import {
  BUSINESS_STAGES,
  CHOICE_FACTS,
  COMPARE_OPS,
  NUMBER_FACTS,
  PERSON_FACTS,
  ENTERPRISE_FACTS,
  MAX_RULE_DEPTH,
  MAX_RULE_NODES,
  ruleProblems,
  ruleShapeProblem,
  TEXT_FACTS,
  TEXT_OPS,
  type RuleNode,
} from '../benefits-rules';
import {
  BENEFIT_APPLICATION_STATUSES,
  CAMPAIGN_TASK_KINDS,
  POLICY_CATEGORIES,
  POLICY_MODES,
  POLICY_STATUSES,
  POLICY_TARGETS,
  CONSENT_METHODS,
  RESIDENT_LABELS,
  VISIT_OUTCOMES,
} from '../enums';
import { isoDate, pageOf, pageQuery } from './common';
import { endNotBeforeStart, pastDate } from './dates';
import { z } from './zod';

/** One schema for every rule wherever it arrives; a bad node is named by its path (rule.rules.1.value). */
export const ruleNode: z.ZodType<RuleNode> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('all'), rules: z.array(ruleNode).min(1).max(20) }).strict(),
    z.object({ kind: z.literal('any'), rules: z.array(ruleNode).min(1).max(20) }).strict(),
    z.object({ kind: z.literal('not'), rule: ruleNode }).strict(),
    z
      .object({
        kind: z.literal('compare'),
        fact: z.enum(NUMBER_FACTS),
        op: z.enum(COMPARE_OPS),
        value: z.number().int().min(-100000).max(100000),
      })
      .strict(),
    z
      .object({
        kind: z.literal('oneOf'),
        fact: z.enum(CHOICE_FACTS),
        values: z.array(z.string().max(40)).min(1).max(10),
      })
      .strict(),
    z.object({ kind: z.literal('hasLabel'), label: z.enum(RESIDENT_LABELS) }).strict(),
    z
      .object({
        kind: z.literal('text'),
        fact: z.enum(TEXT_FACTS),
        op: z.enum(TEXT_OPS),
        value: z.string().trim().min(1).max(40),
      })
      .strict(),
  ]),
);

// Named in the OpenAPI document, where the tree refers to itself; the limits are checked by ruleInput.
z.globalRegistry.add(ruleNode, {
  id: 'RuleNode',
  description: `An eligibility rule: all / any / not over conditions, at most ${MAX_RULE_DEPTH} levels deep and ${MAX_RULE_NODES} nodes in all.`,
});

/**
 * A rule as a request carries it: its depth and size are checked on the raw
 * value first (MAX_RULE_DEPTH, MAX_RULE_NODES), so an absurdly deep tree is a
 * 400 naming the node where it went too deep, never a walk that runs out of stack.
 */
export const ruleInput: z.ZodType<RuleNode> = z.preprocess((value, ctx) => {
  const problem = ruleShapeProblem(value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem.problem, path: problem.path, input: value });
  return value;
}, ruleNode);

export const policyTarget = z.enum(POLICY_TARGETS);

/** A rule checked against its target: every fact must be one the target has. */
export const targetedRule = z.object({ target: policyTarget, rule: ruleInput }).superRefine((value, ctx) => {
  for (const p of ruleProblems(value.rule, value.target))
    ctx.addIssue({ code: 'custom', message: p.problem, path: ['rule', ...p.path] });
});

export const benefit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), amountFen: z.number().int().min(0).max(100_000_000) }).strict(),
  // amount per unit of a number fact (e.g. per hard-to-employ hire), up to a cap
  z
    .object({
      kind: z.literal('per_unit'),
      amountFen: z.number().int().min(0).max(100_000_000),
      fact: z.enum(NUMBER_FACTS),
      capFen: z.number().int().min(0).max(100_000_000).nullable(),
    })
    .strict(),
  z.object({ kind: z.literal('loan'), maxFen: z.number().int().min(0).max(1_000_000_000) }).strict(),
]);
export type Benefit = z.infer<typeof benefit>;

const faqItem = z.object({ q: z.string().trim().min(1).max(200), a: z.string().trim().min(1).max(1000) }).strict();

const policyFields = {
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{2,40}$/, 'code_format'),
  title: z.string().trim().min(2).max(60),
  category: z.enum(POLICY_CATEGORIES),
  target: policyTarget,
  summary: z.string().trim().min(1).max(1000),
  benefit,
  legalBasis: z.string().trim().max(500),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  mode: z.enum(POLICY_MODES),
  materials: z.array(z.string().trim().min(1).max(100)).max(20),
  stationId: z.number().int().positive().nullable(),
  faq: z.array(faqItem).max(20),
  rule: ruleInput,
};
/** Optional when creating; a partial update leaves an absent field as it is (no defaults there). */
const createDefaults = {
  legalBasis: policyFields.legalBasis.default(''),
  validFrom: policyFields.validFrom.default(null),
  validTo: policyFields.validTo.default(null),
  materials: policyFields.materials.default([]),
  stationId: policyFields.stationId.default(null),
  faq: policyFields.faq.default([]),
};

function checkPolicy(
  value: {
    target?: 'person' | 'enterprise';
    rule?: RuleNode;
    validFrom?: string | null;
    validTo?: string | null;
    benefit?: Benefit;
  },
  ctx: z.RefinementCtx,
) {
  if (value.rule && value.target) {
    for (const p of ruleProblems(value.rule, value.target))
      ctx.addIssue({ code: 'custom', message: p.problem, path: ['rule', ...p.path] });
  }
  endNotBeforeStart('validFrom', 'validTo')(value, ctx);
  if (value.benefit?.kind === 'per_unit' && value.target) {
    const facts: readonly string[] = value.target === 'person' ? PERSON_FACTS : ENTERPRISE_FACTS;
    if (!facts.includes(value.benefit.fact))
      ctx.addIssue({ code: 'custom', message: 'fact_not_for_target', path: ['benefit', 'fact'] });
  }
}

export const createPolicy = z
  .object({ ...policyFields, ...createDefaults })
  .strict()
  .superRefine(checkPolicy);
/** Target stays fixed once created (published versions name facts of it); the rule is checked against it in the service. */
export const updatePolicy = z
  .object({ ...policyFields })
  .omit({ code: true, target: true })
  .partial()
  .strict()
  .superRefine(checkPolicy);

export const policyVersion = z.object({
  version: z.number().int(),
  rule: ruleNode,
  publishedAt: z.string(),
  publishedBy: z.string(),
  eligibleCount: z.number().int(),
  unknownCount: z.number().int(),
});

export const policy = z.object({
  id: z.number().int(),
  code: z.string(),
  title: z.string(),
  category: z.enum(POLICY_CATEGORIES),
  target: policyTarget,
  summary: z.string(),
  benefit,
  legalBasis: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  mode: z.enum(POLICY_MODES),
  materials: z.array(z.string()),
  stationId: z.number().int().nullable(),
  stationName: z.string().nullable(),
  faq: z.array(faqItem),
  status: z.enum(POLICY_STATUSES),
  version: z.number().int().nullable(),
  /** The rule being edited; the published one is the newest version's. */
  rule: ruleNode,
  publishedRule: ruleNode.nullable(),
  updatedAt: z.string(),
});
export type Policy = z.infer<typeof policy>;

export const policyListQuery = pageQuery.extend({
  status: z.enum(POLICY_STATUSES).optional(),
  target: policyTarget.optional(),
});
export const policyPage = pageOf(policy);

export const previewResult = z.object({ eligible: z.number().int(), unknown: z.number().int(), scope: z.string() });

export const conditionResult = z.object({
  path: z.string(),
  text: z.string(),
  outcome: z.enum(['yes', 'no', 'unknown']),
  /** The subject's value, in words ("年龄 38"); null when unknown. */
  actual: z.string().nullable(),
});
export const eligibility = z.object({
  outcome: z.enum(['eligible', 'not_eligible', 'unknown']),
  conditions: z.array(conditionResult),
  /** The stored data whose absence makes it unknown, in words ("最小子女出生日期"). */
  missing: z.array(z.string()),
  version: z.number().int(),
});
export type Eligibility = z.infer<typeof eligibility>;

export const subjectRef = z.object({
  kind: policyTarget,
  id: z.number().int(),
  name: z.string(),
});

export const subjectQuery = z.object({
  residentId: z.coerce.number().int().positive().optional(),
  enterpriseId: z.coerce.number().int().positive().optional(),
});

export const policyForMe = z.object({
  policy,
  subject: subjectRef,
  eligibility,
  suggestion: z.object({ reason: z.string(), at: z.string() }).nullable(),
  application: z.object({ id: z.number().int(), status: z.enum(BENEFIT_APPLICATION_STATUSES) }).nullable(),
  awarded: z.boolean(),
  amountFen: z.number().int().nullable(),
});
export const policiesForMe = z.object({ items: z.array(policyForMe) });

/**
 * How a resident agreed to an officer filing for them (代办, ADR 0026): on paper, or
 * spoken before a named witness. Required whenever an officer files for a person.
 */
export const assistedConsent = z
  .object({
    consentMethod: z.enum(CONSENT_METHODS).exclude(['in_app']),
    /** Who heard the resident agree, when the consent was spoken. */
    witness: z.string().trim().min(1).max(40).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.consentMethod === 'verbal_witnessed' && !v.witness)
      ctx.addIssue({ code: 'custom', message: 'required', path: ['witness'] });
  });

export const createApplication = z
  .object({
    policyId: z.number().int().positive(),
    residentId: z.number().int().positive().optional(),
    enterpriseId: z.number().int().positive().optional(),
    note: z.string().trim().max(500).optional(),
    /** An officer filing for a resident records how the resident agreed (代办). */
    consent: assistedConsent.optional(),
  })
  .strict();

export const applicationEvent = z.object({
  action: z.string(),
  fromStatus: z.enum(BENEFIT_APPLICATION_STATUSES).nullable(),
  toStatus: z.enum(BENEFIT_APPLICATION_STATUSES),
  actorName: z.string(),
  note: z.string().nullable(),
  at: z.string(),
});

export const applicationMaterial = z.object({
  id: z.number().int(),
  fileId: z.number().int(),
  name: z.string(),
  material: z.string(),
  mime: z.string(),
  sizeBytes: z.number().int(),
  at: z.string(),
});

export const application = z.object({
  id: z.number().int(),
  policyId: z.number().int(),
  policyTitle: z.string(),
  policyVersion: z.number().int(),
  subject: subjectRef,
  areaName: z.string(),
  communityName: z.string().nullable(),
  status: z.enum(BENEFIT_APPLICATION_STATUSES),
  onBehalf: z.boolean(),
  submittedBy: z.string(),
  suggestedAmountFen: z.number().int().nullable(),
  amountFen: z.number().int().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const applicationDetail = application.extend({
  snapshot: z.object({ facts: z.record(z.string(), z.unknown()), eligibility }),
  events: z.array(applicationEvent),
  materials: z.array(applicationMaterial),
  requiredMaterials: z.array(z.string()),
  /** Required materials with no file yet. */
  missingMaterials: z.array(z.string()),
  /**
   * Why an approval would be refused now, in the reader's words: required materials missing,
   * or an eligibility snapshot that is not "eligible". An approval then needs an override reason.
   */
  approvalBlockers: z.array(z.object({ kind: z.enum(['materials_missing', 'not_eligible']), text: z.string() })),
  /** What the caller may do now (review actions, resubmit, upload). */
  actions: z.array(z.enum(APPLICATION_ACTIONS)),
  canUpload: z.boolean(),
});
export type ApplicationDetail = z.infer<typeof applicationDetail>;

export const applicationListQuery = pageQuery.extend({
  status: z.enum(BENEFIT_APPLICATION_STATUSES).optional(),
  policyId: z.coerce.number().int().positive().optional(),
});
export const applicationPage = pageOf(application);

export const applicationActionInput = z
  .object({
    action: z.enum(APPLICATION_ACTIONS),
    note: z.string().trim().max(500).optional(),
    amountFen: z.number().int().min(0).max(1_000_000_000).optional(),
    reason: z.string().trim().min(1).max(500).optional(),
    /** Approves despite the blockers the detail lists (materials missing, not eligible); audited with its reason. */
    overrideReason: z.string().trim().min(2).max(500).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.action === 'reject' || v.action === 'return') && !v.reason)
      ctx.addIssue({ code: 'custom', message: 'required', path: ['reason'] });
  });

export const createCampaign = z
  .object({ policyId: z.number().int().positive(), sendSms: z.boolean().default(true) })
  .strict();

export const funnel = z.object({
  qualified: z.number().int(),
  unknown: z.number().int(),
  notified: z.number().int(),
  visited: z.number().int(),
  applied: z.number().int(),
  awarded: z.number().int(),
});
export const campaign = z.object({
  id: z.number().int(),
  policyId: z.number().int(),
  policyTitle: z.string(),
  policyVersion: z.number().int(),
  status: z.enum(['open', 'closed']),
  createdBy: z.string(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  funnel,
});
export const campaignDetail = campaign.extend({
  byCommunity: z.array(funnel.extend({ communityId: z.number().int().nullable(), communityName: z.string() })),
});
export const campaignList = z.object({ items: z.array(campaign) });

export const campaignTask = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  policyTitle: z.string(),
  kind: z.enum(CAMPAIGN_TASK_KINDS),
  subject: subjectRef,
  phoneMasked: z.string().nullable(),
  areaName: z.string(),
  communityName: z.string().nullable(),
  missing: z.array(z.string()),
  notifiedAt: z.string().nullable(),
  visits: z.array(z.object({ outcome: z.enum(VISIT_OUTCOMES), note: z.string(), officer: z.string(), at: z.string() })),
  applicationStatus: z.enum(BENEFIT_APPLICATION_STATUSES).nullable(),
  applicationId: z.number().int().nullable(),
  /** A task closes itself when its subject applies or is awarded; visited when a visit is logged. */
  closedBy: z.enum(['applied', 'awarded', 'visited', 'campaign_closed']).nullable(),
});
export const taskListQuery = pageQuery.extend({
  campaignId: z.coerce.number().int().positive().optional(),
  open: z.enum(['true', 'false']).optional(),
});
export const taskPage = pageOf(campaignTask);
/** What a collect-data visit may record: the facts policies ask about that the registry does not hold. */
export const residentFactsInput = z
  .object({
    unemployedRegisteredOn: pastDate.nullable().optional(),
    youngestChildBirthDate: pastDate.nullable().optional(),
    /** The person's own business (创业担保贷款 asks for it): registered, being registered, a plan filed, or none. */
    businessStage: z.enum(BUSINESS_STAGES).nullable().optional(),
  })
  .strict();
export const residentFacts = z.object({
  unemployedRegisteredOn: z.string().nullable(),
  youngestChildBirthDate: z.string().nullable(),
  businessStage: z.enum(BUSINESS_STAGES).nullable(),
});
export const logVisit = z
  .object({
    outcome: z.enum(VISIT_OUTCOMES),
    note: z.string().trim().max(500).default(''),
    facts: residentFactsInput.optional(),
    /** 现场代办申请: the resident's consent; the visit opens the application on their behalf. */
    consent: assistedConsent.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.outcome === 'applied_on_site' && !v.consent)
      ctx.addIssue({ code: 'custom', message: 'required', path: ['consent'] });
  });

export const createBatch = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('applications'), applicationIds: z.array(z.number().int().positive()).min(1).max(1000) })
    .strict(),
  z.object({ kind: z.literal('automatic'), policyId: z.number().int().positive() }).strict(),
]);
export const batch = z.object({
  id: z.number().int(),
  kind: z.enum(['applications', 'automatic']),
  /** prepared: under review, nobody paid yet; confirmed: a second officer confirmed it and the awards exist. */
  status: z.enum(['prepared', 'confirmed']),
  /** The policy granted (免申即享), or the policies of the applications it paid. */
  policyTitle: z.string().nullable(),
  policyVersion: z.number().int().nullable(),
  /** Recipients still in the batch and their total: it follows every exclusion. */
  count: z.number().int(),
  totalFen: z.number().int(),
  preparedBy: z.string(),
  preparedAt: z.string(),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
});
export const batchList = z.object({ items: z.array(batch) });

export const batchRecipient = z.object({
  /** The recipient's row in the batch (for 免申即享) or the application it paid. */
  id: z.number().int(),
  /** A person's name masked (陈*); an enterprise by its name. */
  subject: subjectRef,
  communityName: z.string().nullable(),
  areaName: z.string(),
  amountFen: z.number().int(),
  /** Each condition of the rule version the batch used, with the recipient's value. */
  eligibility,
  excluded: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable(),
  /** pending: awaiting confirmation; excluded: left out with a reason; granted: awarded and notified; paid: an application paid. */
  state: z.enum(['pending', 'excluded', 'granted', 'paid']),
});
export const batchDetail = batch.extend({
  recipients: z.array(batchRecipient),
  /** What the caller may do now: leave people out (while under review), confirm (not the officer who prepared it). */
  canExclude: z.boolean(),
  canConfirm: z.boolean(),
});
export const batchItemParams = z.object({
  id: z.coerce.number().int().positive(),
  itemId: z.coerce.number().int().positive(),
});
export const excludeRecipient = z.object({ exclusionReason: z.string().trim().min(2).max(500) }).strict();
export const automaticPreview = z.object({ count: z.number().int(), totalFen: z.number().int() });
