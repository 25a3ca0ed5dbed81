/**
 * The guarantee-loan (创业担保贷款) API contract: products and rules as settings, an application, the steps of
 * its journey, and the tracker every party reads (SPEC §3.4).
 */
import {
  GUARANTEE_MODES,
  INTEREST_FREQUENCIES,
  LOAN_APPLICANT_KINDS,
  LOAN_STATUSES,
  PRINCIPAL_MODES,
} from '../loans/enums';
import { LOAN_ACTIONS } from '../loans/workflow';
import { assistedConsent, eligibility } from './benefits';
import { isoDate, pageOf, pageQuery } from './common';
import { z } from './zod';

const holder = z.enum(['applicant', 'station', 'street', 'guarantee', 'bank', 'nobody']);
const named = z.object({ id: z.number().int(), name: z.string() });

export const loanProduct = z.object({
  code: z.string(),
  title: z.string(),
  applicantKind: z.enum(LOAN_APPLICANT_KINDS),
  maxAmountFen: z.number().int(),
  maxTermMonths: z.number().int(),
  condition: z.string(),
  minNewHirePercent: z.number().int().nullable(),
  materials: z.array(z.string()),
  legalBasis: z.string(),
  active: z.boolean(),
});

export const loanSettings = z.object({
  products: z.array(loanProduct),
  rules: z.object({
    rateCapSpreadBp: z.number().int(),
    borrowerSpreadBp: z.number().int(),
    subsidyYears: z.number().int(),
    legalBasis: z.string(),
  }),
  lpr: z.array(z.object({ effectiveFrom: z.string(), rateBp: z.number().int() })),
  stageTargets: z.array(z.object({ stage: z.string(), workingDays: z.number().int() })),
  stations: z.array(named),
  institutions: z.array(named.extend({ kind: z.enum(['guarantee', 'bank']) })),
});

export const updateLoanProduct = z
  .object({
    maxAmountFen: z.number().int().min(100).max(10_000_000_000).optional(),
    maxTermMonths: z.number().int().min(1).max(120).optional(),
    legalBasis: z.string().trim().min(1).max(200).optional(),
    active: z.boolean().optional(),
  })
  .strict();

export const productParam = z.object({ code: z.string().regex(/^[a-z_]{2,30}$/) });

export const addLprRate = z.object({ effectiveFrom: isoDate, rateBp: z.number().int().min(0).max(2000) }).strict();

export const createLoan = z
  .object({
    /** The client's key for this filing: sent again after a lost answer, it returns the loan filed the first time. */
    clientKey: z.uuid(),
    productCode: z.string().regex(/^[a-z_]{2,30}$/),
    /** A station agent filing for a resident (代办) names them; a resident applies for themself. */
    residentId: z.number().int().positive().optional(),
    enterpriseId: z.number().int().positive().optional(),
    /** A resident chooses the station; an agent's loan is their station's. */
    stationId: z.number().int().positive().optional(),
    amountFen: z.number().int().min(100_000).max(10_000_000_000),
    termMonths: z.number().int().min(1).max(120),
    purpose: z.string().trim().min(2).max(500),
    jobsPromised: z.number().int().min(0).max(10_000),
    guaranteeMode: z.enum(GUARANTEE_MODES),
    /** Consent to share the file with the guarantee institution and the bank that the tracker names. */
    shareConsent: z.literal(true),
    /** How the resident agreed when an agent files for them (代办). */
    consent: assistedConsent.optional(),
    /** File it now (submitted) or keep it as a draft. */
    submit: z.boolean().default(true),
  })
  .strict();

export const loanActionInput = z
  .object({
    clientKey: z.uuid(),
    action: z.enum(LOAN_ACTIONS),
    note: z.string().trim().max(1000).optional(),
    /** The bank's approval: the rate (bp a year) and the schedule it chose. */
    rateBp: z.number().int().min(1).max(2000).optional(),
    interestFrequency: z.enum(INTEREST_FREQUENCIES).optional(),
    principalMode: z.enum(PRINCIPAL_MODES).optional(),
    /** The disbursement's day (today when left out). */
    disbursedOn: isoDate.optional(),
    jobsCreated: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();

export const loanStage = z.object({
  stage: z.enum(LOAN_STATUSES),
  state: z.enum(['done', 'current', 'upcoming']),
  holder,
  holderName: z.string(),
  enteredAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  workingDaysUsed: z.number().int().nullable(),
  targetWorkingDays: z.number().int().nullable(),
  pastTarget: z.boolean(),
});

export const loanEvent = z.object({
  action: z.string(),
  fromStatus: z.enum(LOAN_STATUSES).nullable(),
  toStatus: z.enum(LOAN_STATUSES),
  actorName: z.string(),
  actorRole: z.string(),
  onBehalf: z.boolean(),
  note: z.string(),
  at: z.string(),
});

export const schedulePeriod = z.object({
  no: z.number().int(),
  start: z.string(),
  dueOn: z.string(),
  outstandingFen: z.number().int(),
  principalFen: z.number().int(),
  interestFen: z.number().int(),
  subsidyFen: z.number().int(),
  borrowerInterestFen: z.number().int(),
  /** What the period asks of the borrower: principal and their share of interest (all of it once overdue). */
  owesFen: z.number().int(),
  paidFen: z.number().int(),
  paidOn: z.string().nullable(),
  /** The day the platform found it unpaid past its due business day: no 贴息 for it. */
  overdueOn: z.string().nullable(),
});

export const loanRepayment = z.object({
  id: z.number().int(),
  periodNo: z.number().int(),
  paidOn: z.string(),
  amountFen: z.number().int(),
  reference: z.string(),
  source: z.enum(['screen', 'import']),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

/** The bank records a repayment against a period; the same reference again changes nothing. */
export const recordRepayment = z
  .object({
    reference: z.string().trim().min(1).max(64),
    periodNo: z.number().int().min(1).max(1000),
    paidOn: isoDate,
    amountFen: z.number().int().min(1).max(10_000_000_000),
  })
  .strict();

export const repaymentImportResult = z.object({
  /** false: some rows are bad and the bank did not choose to skip them, so nothing was written. */
  applied: z.boolean(),
  rows: z.number().int(),
  recorded: z.number().int(),
  /** Rows recorded before under the same reference: left as they were. */
  unchanged: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});

export const jobsCreatedInput = z
  .object({ clientKey: z.uuid(), jobsCreated: z.number().int().min(0).max(10_000) })
  .strict();

export const quarterParam = z.object({ quarter: z.string().regex(/^\d{4}-Q[1-4]$/) });

export const quarterSubsidy = z.object({
  quarter: z.string(),
  startsOn: z.string(),
  /** The day after the quarter's last. */
  endsOn: z.string(),
  recorded: z.object({ by: z.string(), at: z.string(), loanCount: z.number().int() }).nullable(),
  items: z.array(
    z.object({
      loanId: z.number().int(),
      applicantName: z.string(),
      enterpriseName: z.string().nullable(),
      bankName: z.string(),
      amountFen: z.number().int(),
      rateBp: z.number().int(),
      interestFen: z.number().int(),
      subsidyFen: z.number().int(),
    }),
  ),
  subsidyTotalFen: z.number().int(),
});

export const loanDetail = z.object({
  id: z.number().int(),
  product: z.object({ code: z.string(), title: z.string(), materials: z.array(z.string()) }),
  applicant: z.object({
    kind: z.enum(LOAN_APPLICANT_KINDS),
    residentName: z.string(),
    phoneMasked: z.string(),
    enterpriseName: z.string().nullable(),
  }),
  amountFen: z.number().int(),
  termMonths: z.number().int(),
  purpose: z.string(),
  jobsPromised: z.number().int(),
  jobsCreated: z.number().int().nullable(),
  guaranteeMode: z.enum(GUARANTEE_MODES),
  status: z.enum(LOAN_STATUSES),
  holder,
  holderName: z.string(),
  station: named,
  guarantee: named,
  bank: named,
  assisted: z.boolean(),
  consentText: z.string(),
  eligibility: eligibility.nullable(),
  stages: z.array(loanStage),
  events: z.array(loanEvent),
  materials: z.object({
    required: z.array(z.string()),
    uploaded: z.array(z.object({ id: z.number().int(), material: z.string(), name: z.string(), at: z.string() })),
    missing: z.array(z.string()),
  }),
  /** The steps the caller may take now. */
  actions: z.array(z.enum(LOAN_ACTIONS)),
  rateBp: z.number().int().nullable(),
  rateCapBp: z.number().int().nullable(),
  interestFrequency: z.enum(INTEREST_FREQUENCIES).nullable(),
  principalMode: z.enum(PRINCIPAL_MODES).nullable(),
  disbursedOn: z.string().nullable(),
  maturityOn: z.string().nullable(),
  schedule: z.array(schedulePeriod),
  repayments: z.array(loanRepayment),
  /** The caller is the loan's station and may record the jobs it created (settled, or a year after disbursement). */
  canRecordJobs: z.boolean(),
  subsidyTotalFen: z.number().int(),
  createdAt: z.string(),
});

export const loanListItem = z.object({
  id: z.number().int(),
  applicantName: z.string(),
  enterpriseName: z.string().nullable(),
  productTitle: z.string(),
  amountFen: z.number().int(),
  termMonths: z.number().int(),
  status: z.enum(LOAN_STATUSES),
  holder,
  stationName: z.string(),
  assisted: z.boolean(),
  workingDaysUsed: z.number().int().nullable(),
  targetWorkingDays: z.number().int().nullable(),
  pastTarget: z.boolean(),
  stageEnteredAt: z.string(),
});

export const loanListQuery = pageQuery.extend({
  status: z.enum(LOAN_STATUSES).optional(),
  /** Only the loans whose current stage is past its target. */
  pastTarget: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});

export const loanPage = pageOf(loanListItem);
