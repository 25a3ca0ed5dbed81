/**
 * A person's whole file (一人一档, SPEC §4) and an enterprise's: one read that
 * gathers what every capability keeps about them, each item naming the record
 * it comes from so the console can link to it. Phones and ID numbers are masked.
 */
import { fileSpecialist } from './organisations';
import {
  APPLICATION_STATUSES,
  BENEFIT_APPLICATION_STATUSES,
  CONSENT_METHODS,
  JOB_POST_STATUSES,
  JOB_TYPES,
  MOTHER_STATUSES,
  SETTLEMENT_STATUSES,
  FACTORY_STATUSES,
  VISIT_OUTCOMES,
} from '../enums';
import { enterprise } from './enterprises';
import { residentDetail } from './residents';
import { z } from './zod';

const month = z.string(); // YYYY-MM, Asia/Shanghai

export const fileConsent = z.object({
  id: z.number().int(),
  purpose: z.string(),
  method: z.enum(CONSENT_METHODS),
  recordedBy: z.string(),
  grantedAt: z.string(),
  withdrawnAt: z.string().nullable(),
});

export const fileJobApplication = z.object({
  id: z.number().int(),
  postId: z.number().int(),
  postTitle: z.string(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  /** The officer who applied on the resident's behalf (代办), or null. */
  assistedBy: z.string().nullable(),
  createdAt: z.string(),
});

export const fileEmployment = z.object({
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  residentId: z.number().int(),
  residentName: z.string(),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  throughPlatform: z.boolean(),
});

export const fileFactoryMembership = z.object({
  factoryId: z.number().int(),
  factoryName: z.string(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
});

/** One month of a worker's pay at one factory: settled days, pieces and fen, and what is still open. */
export const fileMonthlyPay = z.object({
  month,
  factoryId: z.number().int(),
  factoryName: z.string(),
  days: z.number().int(),
  quantity: z.number().int(),
  amountFen: z.number().int(),
  paidFen: z.number().int(),
  disputedDays: z.number().int(),
});

export const fileBenefitApplication = z.object({
  id: z.number().int(),
  policyId: z.number().int(),
  policyTitle: z.string(),
  status: z.enum(BENEFIT_APPLICATION_STATUSES),
  amountFen: z.number().int().nullable(),
  /** The officer who submitted it on the subject's behalf (代办), or null. */
  onBehalfBy: z.string().nullable(),
  createdAt: z.string(),
});

export const fileAward = z.object({
  id: z.number().int(),
  policyId: z.number().int(),
  policyTitle: z.string(),
  amountFen: z.number().int(),
  applicationId: z.number().int().nullable(),
  createdAt: z.string(),
});

/** A policy the platform found for the subject: a suggestion (trigger) or a campaign's target. */
export const filePolicyResult = z.object({
  policyId: z.number().int(),
  policyTitle: z.string(),
  campaignId: z.number().int().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});

export const fileVisit = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  policyTitle: z.string(),
  outcome: z.enum(VISIT_OUTCOMES),
  officer: z.string(),
  note: z.string(),
  at: z.string(),
});

export const fileNotice = z.object({
  id: z.number().int(),
  title: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});

/** Something an officer did for the resident (代办), with the record it made. */
export const fileAssisted = z.object({
  kind: z.enum(['job_application', 'benefit_application', 'visit', 'factory_join', 'pay_acknowledgement']),
  recordId: z.number().int(),
  what: z.string(),
  officer: z.string(),
  at: z.string(),
});

export const residentFile = z.object({
  resident: residentDetail,
  consents: z.array(fileConsent),
  jobs: z.object({
    profile: z
      .object({
        skills: z.array(z.string()),
        jobTypes: z.array(z.enum(JOB_TYPES)),
        maxWalkMinutes: z.number().int(),
        homeAreaName: z.string(),
        discoverable: z.boolean(),
        updatedAt: z.string(),
      })
      .nullable(),
    applications: z.array(fileJobApplication),
    employments: z.array(fileEmployment),
  }),
  piecework: z.object({ factories: z.array(fileFactoryMembership), months: z.array(fileMonthlyPay) }),
  benefits: z.object({
    results: z.array(filePolicyResult),
    applications: z.array(fileBenefitApplication),
    awards: z.array(fileAward),
    visits: z.array(fileVisit),
  }),
  notices: z.array(fileNotice),
  assisted: z.array(fileAssisted),
  /** The 就业服务专员 who looks after her, if one does. */
  specialist: fileSpecialist.nullable(),
});
export type ResidentFile = z.infer<typeof residentFile>;

export const fileJobPost = z.object({
  id: z.number().int(),
  title: z.string(),
  status: z.enum(JOB_POST_STATUSES),
  motherStatus: z.enum(MOTHER_STATUSES),
  headcount: z.number().int(),
  applications: z.number().int(),
  validUntil: z.string(),
});

export const fileFactory = z.object({
  id: z.number().int(),
  name: z.string(),
  status: z.enum(FACTORY_STATUSES),
  workers: z.number().int(),
});

/** One month of a factory's daily settlements. */
export const fileMonthlySettlements = z.object({
  month,
  factoryId: z.number().int(),
  factoryName: z.string(),
  days: z.number().int(),
  totalFen: z.number().int(),
  paidFen: z.number().int(),
  unpaidDays: z.number().int(),
  lastStatus: z.enum(SETTLEMENT_STATUSES),
});

export const enterpriseFile = z.object({
  enterprise,
  jobs: z.object({ posts: z.array(fileJobPost), hires: z.array(fileEmployment) }),
  piecework: z.object({ factories: z.array(fileFactory), months: z.array(fileMonthlySettlements) }),
  benefits: z.object({
    results: z.array(filePolicyResult),
    applications: z.array(fileBenefitApplication),
    awards: z.array(fileAward),
  }),
});
export type EnterpriseFile = z.infer<typeof enterpriseFile>;
