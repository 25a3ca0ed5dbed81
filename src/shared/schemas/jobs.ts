/**
 * Contracts of jobs and two-way matching (SPEC §3.2): the resident's job
 * profile, posts, ranked matches with their reasons, applications and their
 * workflow, reports and the employer watch list.
 */
import {
  APPLICATION_ORIGINS,
  APPLICATION_STATUSES,
  CONSENT_METHODS,
  INVITATION_KINDS,
  JOB_CATEGORIES,
  JOB_POST_STATUSES,
  JOB_TYPES,
  MATCH_ORDERS,
  MOTHER_STATUSES,
  PAY_UNITS,
  REPORT_REASONS,
  SHARED_FIELDS,
  WATCHLIST_KINDS,
} from '../enums';
import { HALF_HOUR_TIME, windowProblem } from '../job-schedule';
import { isoDate, pageOf, pageQuery } from './common';
import { z } from './zod';

export const jobType = z.enum(JOB_TYPES);
export const payUnit = z.enum(PAY_UNITS);
export const jobCategory = z.enum(JOB_CATEGORIES);
export const sharedField = z.enum(SHARED_FIELDS);

const skillTag = z.string().trim().min(1).max(20);
export const skillList = z.array(skillTag).max(20);

export const scheduleWindow = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    from: z.string().regex(HALF_HOUR_TIME, 'half_hour'),
    to: z.string().regex(HALF_HOUR_TIME, 'half_hour'),
  })
  .strict()
  .superRefine((w, ctx) => {
    const problem = windowProblem(w);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['to'] });
  });
export type ScheduleWindowInput = z.infer<typeof scheduleWindow>;
export const windowList = z.array(scheduleWindow).max(14);

// ── Job profile ──
export const jobProfileInput = z
  .object({
    skills: skillList,
    jobTypes: z.array(jobType).max(JOB_TYPES.length),
    minPayFen: z.number().int().min(0).max(100_000_000).nullable(),
    minPayUnit: payUnit.nullable(),
    windows: windowList,
    /** The windows were filled from the street's school hours (接送孩子). */
    schoolHoursPreset: z.boolean(),
    homeAreaId: z.number().int().positive(),
    maxWalkMinutes: z.number().int().min(5).max(120),
    discoverable: z.boolean(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.minPayFen === null) !== (v.minPayUnit === null))
      ctx.addIssue({ code: 'custom', message: 'pay_unit_required', path: ['minPayUnit'] });
  });
export type JobProfileInput = z.infer<typeof jobProfileInput>;

export const jobProfile = z.object({
  residentId: z.number().int(),
  exists: z.boolean(),
  skills: z.array(z.string()),
  jobTypes: z.array(jobType),
  minPayFen: z.number().int().nullable(),
  minPayUnit: payUnit.nullable(),
  windows: z.array(z.object({ days: z.array(z.number().int()), from: z.string(), to: z.string() })),
  schoolHoursPreset: z.boolean(),
  homeAreaId: z.number().int(),
  homeAreaName: z.string(),
  maxWalkMinutes: z.number().int(),
  discoverable: z.boolean(),
  /** The street's school hours for the preset button. */
  schoolHours: z.object({ days: z.array(z.number().int()), from: z.string(), to: z.string() }),
  updatedBy: z.string().nullable(),
});
export type JobProfile = z.infer<typeof jobProfile>;

// ── Posts ──
const postFields = {
  enterpriseId: z.number().int().positive(),
  title: z.string().trim().min(2).max(60),
  category: jobCategory,
  type: jobType,
  payMinFen: z.number().int().min(0).max(100_000_000),
  payMaxFen: z.number().int().min(0).max(100_000_000),
  payUnit,
  flexible: z.boolean(),
  windows: windowList,
  workAreaId: z.number().int().positive(),
  headcount: z.number().int().min(1).max(1000),
  skills: skillList,
  requirements: z.string().trim().max(1000),
  description: z.string().trim().max(2000),
  contract: z.boolean(),
  socialInsurance: z.boolean(),
  validUntil: isoDate,
};

function checkPost(
  v: { payMinFen?: number; payMaxFen?: number; flexible?: boolean; windows?: unknown[] },
  ctx: z.RefinementCtx,
) {
  if (v.payMinFen !== undefined && v.payMaxFen !== undefined && v.payMaxFen < v.payMinFen)
    ctx.addIssue({ code: 'custom', message: 'pay_range', path: ['payMaxFen'] });
  if (v.flexible === false && v.windows !== undefined && v.windows.length === 0)
    ctx.addIssue({ code: 'custom', message: 'windows_required', path: ['windows'] });
}

export const createJobPost = z
  .object({ ...postFields, requestMotherLabel: z.boolean().default(false) })
  .strict()
  .superRefine(checkPost);
export type CreateJobPostInput = z.input<typeof createJobPost>;

const { enterpriseId: _enterpriseId, ...editable } = postFields;
void _enterpriseId;
export const updateJobPost = z
  .object({ ...editable, close: z.boolean() })
  .partial()
  .strict()
  .superRefine(checkPost);

export const reasonItem = z.object({
  part: z.enum(['walk', 'schedule', 'skills', 'pay', 'preference']),
  /** The part's share of the 100 points, after its weight. */
  points: z.number(),
  good: z.boolean(),
  text: z.string(),
});
export type ReasonItem = z.infer<typeof reasonItem>;

export const jobPostSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  category: jobCategory,
  type: jobType,
  payMinFen: z.number().int(),
  payMaxFen: z.number().int(),
  payUnit,
  flexible: z.boolean(),
  windows: z.array(z.object({ days: z.array(z.number().int()), from: z.string(), to: z.string() })),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  enterpriseRedListed: z.boolean(),
  workAreaId: z.number().int(),
  workAreaName: z.string(),
  motherStatus: z.enum(MOTHER_STATUSES),
  validUntil: z.string(),
  status: z.enum(JOB_POST_STATUSES),
  expired: z.boolean(),
});
export type JobPostSummary = z.infer<typeof jobPostSummary>;

export const jobPostDetail = jobPostSummary.extend({
  headcount: z.number().int(),
  skills: z.array(z.string()),
  requirements: z.string(),
  description: z.string(),
  contract: z.boolean(),
  socialInsurance: z.boolean(),
  reviewNote: z.string().nullable(),
  motherNote: z.string().nullable(),
  createdAt: z.string(),
  /** For a resident: the match with its reasons, when the post passes her limits. */
  match: z.object({ score: z.number(), walkMinutes: z.number().int(), reasons: z.array(reasonItem) }).nullable(),
  /** For a resident: her application to this post, if any. */
  myApplicationId: z.number().int().nullable(),
});
export type JobPostDetail = z.infer<typeof jobPostDetail>;

export const jobMatch = z.object({
  post: jobPostSummary,
  score: z.number(),
  walkMinutes: z.number().int(),
  reasons: z.array(reasonItem),
});
export type JobMatch = z.infer<typeof jobMatch>;
export const matchesQuery = z.object({
  motherOnly: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const matchOrder = z.object({ order: z.enum(MATCH_ORDERS) });
export type MatchOrder = z.infer<typeof matchOrder>['order'];
export const matchList = z.object({
  items: z.array(jobMatch),
  limits: z.object({ maxWalkMinutes: z.number().int(), hasWindows: z.boolean() }),
  /** The order the resident chose: by score, or by walking time alone. */
  order: z.enum(MATCH_ORDERS),
  /** Points out of 100 each part of the score can give, so the app can say how matches are ranked. */
  weights: z.object({
    walk: z.number(),
    schedule: z.number(),
    skills: z.number(),
    pay: z.number(),
    preference: z.number(),
  }),
});

export const employerPostsQuery = pageQuery.extend({ enterpriseId: z.coerce.number().int().positive().optional() });
export const jobPostPage = pageOf(jobPostDetail);

export const candidate = z.object({
  residentId: z.number().int(),
  /** 张* — the whole name only after the candidate accepts an invitation. */
  displayName: z.string(),
  communityName: z.string().nullable(),
  skills: z.array(z.string()),
  score: z.number(),
  walkMinutes: z.number().int(),
  reasons: z.array(reasonItem),
  applicationId: z.number().int().nullable(),
  applicationStatus: z.enum(APPLICATION_STATUSES).nullable(),
});
export const candidateList = z.object({ items: z.array(candidate) });

// ── Applications ──
/** Who may move an application from which state to which (both server and web read this). */
export const APPLICATION_TRANSITIONS = {
  applied: { viewed: 'employer', invited: 'employer', rejected: 'employer', withdrawn: 'resident' },
  viewed: { invited: 'employer', rejected: 'employer', withdrawn: 'resident' },
  invited: { invited: 'employer', hired: 'employer', rejected: 'employer', withdrawn: 'resident' },
  hired: {},
  rejected: {},
  withdrawn: {},
} as const satisfies Record<
  (typeof APPLICATION_STATUSES)[number],
  Partial<Record<(typeof APPLICATION_STATUSES)[number], 'employer' | 'resident'>>
>;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export function canMove(from: ApplicationStatus, to: ApplicationStatus, side: 'employer' | 'resident'): boolean {
  return (APPLICATION_TRANSITIONS[from] as Partial<Record<ApplicationStatus, string>>)[to] === side;
}

export const applyInput = z
  .object({
    /** The separate consent (PIPL art. 23): these fields go to this post's employer. */
    consent: z.literal(true),
    fields: z.array(sharedField).min(1).max(SHARED_FIELDS.length),
    message: z.string().trim().max(500).optional(),
  })
  .strict();

export const assistedApplyInput = z
  .object({
    postId: z.number().int().positive(),
    fields: z.array(sharedField).min(1).max(SHARED_FIELDS.length),
    consentMethod: z.enum(CONSENT_METHODS).exclude(['in_app']),
    /** Who heard the resident agree, when the consent was spoken. */
    witness: z.string().trim().min(1).max(40).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.consentMethod === 'verbal_witnessed' && !v.witness)
      ctx.addIssue({ code: 'custom', message: 'required', path: ['witness'] });
  });

export const acceptInvitationInput = z
  .object({ consent: z.literal(true), fields: z.array(sharedField).min(1).max(SHARED_FIELDS.length) })
  .strict();

export const invitation = z
  .object({
    kind: z.enum(INVITATION_KINDS),
    at: z.string().datetime({ offset: true }),
    place: z.string().trim().min(2).max(100),
    note: z.string().trim().max(300).optional(),
  })
  .strict();
export const inviteCandidateInput = z.object({ residentId: z.number().int().positive(), invitation }).strict();
export const hireInput = z.object({ startDate: isoDate }).strict();
export const rejectInput = z.object({ reason: z.string().trim().min(2).max(300) }).strict();
export const messageInput = z.object({ body: z.string().trim().min(1).max(1000) }).strict();

export const applicationMessage = z.object({
  id: z.number().int(),
  side: z.enum(['resident', 'employer']),
  author: z.string(),
  /** 由 … 代办: the officer who wrote for the resident. */
  assistedBy: z.string().nullable(),
  body: z.string(),
  at: z.string(),
});

export const applicationEvent = z.object({
  status: z.enum(APPLICATION_STATUSES),
  at: z.string(),
  by: z.string(),
  assistedBy: z.string().nullable(),
  note: z.string().nullable(),
});

export const application = z.object({
  id: z.number().int(),
  postId: z.number().int(),
  postTitle: z.string(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  workAreaName: z.string(),
  origin: z.enum(APPLICATION_ORIGINS),
  status: z.enum(APPLICATION_STATUSES),
  accepted: z.boolean(),
  invitation: invitation.nullable(),
  rejectReason: z.string().nullable(),
  assistedBy: z.string().nullable(),
  sharedFields: z.array(sharedField),
  /** The candidate as the employer may see them: only the consented fields, the phone only after consent. */
  applicant: z.object({
    residentId: z.number().int(),
    displayName: z.string(),
    phone: z.string().nullable(),
    gender: z.string().nullable(),
    age: z.number().int().nullable(),
    skills: z.array(z.string()).nullable(),
    communityName: z.string().nullable(),
  }),
  /** For the resident: the employer's contact once the invitation is accepted. */
  employerContact: z.object({ name: z.string(), phone: z.string() }).nullable(),
  employmentId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(applicationEvent),
  messages: z.array(applicationMessage),
});
export type Application = z.infer<typeof application>;
export const applicationList = z.object({ items: z.array(application) });

// ── Trust ──
export const reportInput = z
  .object({ reason: z.enum(REPORT_REASONS), detail: z.string().trim().max(500).optional() })
  .strict();
export const reviewDecision = z.object({ approve: z.boolean(), note: z.string().trim().max(300).optional() }).strict();
export const motherDecision = z.object({ certify: z.boolean(), note: z.string().trim().max(300).optional() }).strict();
export const takeDownInput = z.object({ note: z.string().trim().min(2).max(300) }).strict();
export const reviewQueueQuery = pageQuery.extend({
  queue: z.enum(['review', 'mother', 'published']).default('review'),
});
export const postReport = z.object({
  id: z.number().int(),
  postId: z.number().int(),
  postTitle: z.string(),
  enterpriseName: z.string(),
  reason: z.enum(REPORT_REASONS),
  detail: z.string().nullable(),
  status: z.enum(['open', 'upheld', 'dismissed']),
  createdAt: z.string(),
  handledNote: z.string().nullable(),
});
export const reportsQuery = pageQuery.extend({ status: z.enum(['open', 'upheld', 'dismissed']).default('open') });
export const reportPage = pageOf(postReport);
export const resolveReportInput = z.object({ uphold: z.boolean(), note: z.string().trim().min(2).max(300) }).strict();
export const watchlistEntry = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  kind: z.enum(WATCHLIST_KINDS),
  reason: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export const watchlist = z.object({ items: z.array(watchlistEntry) });
export const addWatchlistInput = z
  .object({
    enterpriseId: z.number().int().positive(),
    kind: z.enum(WATCHLIST_KINDS),
    reason: z.string().trim().min(2).max(300),
  })
  .strict();
export const residentIdParam = z.object({ residentId: z.coerce.number().int().positive() });
