/**
 * Contracts of shared employment (共享用工, SPEC §3.5): surplus and shortage posts, their ranked
 * counterparts with reasons, agreements with the workers' consent, and the monthly money at cost.
 */
import {
  SHARING_AGREEMENT_STATUSES,
  SHARING_CONSENT_METHODS,
  SHARING_CONSENTS,
  SHARING_DUTIES,
  SHARING_POST_KINDS,
  SHARING_RETURN_KINDS,
  SHARING_WORKER_RELATIONS,
} from '../enums';
import { isoDate } from './common';
import { endNotBeforeStart } from './dates';
import { skillList } from './jobs';
import { z } from './zod';

export const sharingPostKind = z.enum(SHARING_POST_KINDS);
const fen = z.number().int().min(0).max(10_000_000);
const clientKey = z.string().trim().min(8).max(64);

// ── Posts ──
export const sharingPostInput = z
  .object({
    enterpriseId: z.number().int().positive(),
    kind: sharingPostKind,
    skills: skillList.min(1),
    headcount: z.number().int().min(1).max(500),
    startDate: isoDate,
    endDate: isoDate,
    siteAreaId: z.number().int().positive(),
    /** A shortage says how long a day is and what it pays; a surplus leaves both out. */
    dailyHours: z.number().int().min(1).max(12).nullable().default(null),
    payFenPerDay: fen.min(1).nullable().default(null),
    note: z.string().trim().max(500).default(''),
    clientKey,
  })
  .strict()
  .superRefine(endNotBeforeStart('startDate', 'endDate'))
  .superRefine((p, ctx) => {
    if (p.kind === 'shortage' && p.dailyHours === null)
      ctx.addIssue({ code: 'custom', message: 'shortage_terms', path: ['dailyHours'] });
    if (p.kind === 'shortage' && p.payFenPerDay === null)
      ctx.addIssue({ code: 'custom', message: 'shortage_terms', path: ['payFenPerDay'] });
  });
export type SharingPostInput = z.infer<typeof sharingPostInput>;

export const sharingPost = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  kind: sharingPostKind,
  skills: z.array(z.string()),
  headcount: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  siteAreaId: z.number().int(),
  siteName: z.string(),
  dailyHours: z.number().int().nullable(),
  payFenPerDay: z.number().int().nullable(),
  note: z.string(),
  /** Open until closed or past its end date (a query-time rule, ADR 0059). */
  open: z.boolean(),
});
export type SharingPost = z.infer<typeof sharingPost>;
export const sharingPostList = z.object({ items: z.array(sharingPost) });

export const sharingMatchPart = z.enum(['skills', 'dates', 'distance']);
export const sharingMatch = z.object({
  post: sharingPost,
  score: z.number(),
  walkMinutes: z.number().int(),
  reasons: z.array(z.object({ part: sharingMatchPart, points: z.number(), good: z.boolean(), text: z.string() })),
});
export const sharingMatchList = z.object({ post: sharingPost, items: z.array(sharingMatch) });

// ── Agreements ──
export const sharingWorkerInput = z
  .object({
    residentId: z.number().int().positive(),
    relation: z.enum(SHARING_WORKER_RELATIONS).default('employee'),
  })
  .strict();

export const sharingAgreementInput = z
  .object({
    lendingEnterpriseId: z.number().int().positive(),
    borrowingEnterpriseId: z.number().int().positive(),
    surplusPostId: z.number().int().positive().nullable().default(null),
    shortagePostId: z.number().int().positive().nullable().default(null),
    postTitle: z.string().trim().min(1).max(60),
    siteAreaId: z.number().int().positive(),
    dailyHours: z.number().int().min(1).max(12),
    startDate: isoDate,
    endDate: isoDate,
    headcount: z.number().int().min(1).max(500),
    workers: z.array(sharingWorkerInput).min(1).max(500),
    wageFenPerDay: fen.min(1),
    socialInsuranceFenPerDay: fen,
    otherCostsFenPerDay: fen.default(0),
    otherCostsNote: z.string().trim().max(200).default(''),
    /** The fee a day per worker; it may not be more than the three costs above (no margin). */
    feeFenPerDay: fen,
    duties: z.string().trim().max(1000).default(''),
    returnReasons: z.string().trim().max(500).default(''),
    extensionTerms: z.string().trim().max(500).default(''),
    clientKey,
  })
  .strict()
  .superRefine(endNotBeforeStart('startDate', 'endDate'))
  .superRefine((a, ctx) => {
    if (a.lendingEnterpriseId === a.borrowingEnterpriseId)
      ctx.addIssue({ code: 'custom', message: 'same_firm', path: ['borrowingEnterpriseId'] });
  });
export type SharingAgreementInput = z.infer<typeof sharingAgreementInput>;

export const sharingAgreementWorker = z.object({
  residentId: z.number().int(),
  name: z.string(),
  phoneMasked: z.string(),
  relation: z.literal('employee'),
  contractEnd: z.string().nullable(),
  consent: z.enum(SHARING_CONSENTS),
  consentMethod: z.enum(SHARING_CONSENT_METHODS).nullable(),
  witness: z.string().nullable(),
  consentAt: z.string().nullable(),
  /** The day she went back to the lending firm, how, and the reason or the duty broken. */
  returnedOn: z.string().nullable(),
  returnKind: z.enum(SHARING_RETURN_KINDS).nullable(),
  returnDuty: z.enum(SHARING_DUTIES).nullable(),
  returnNote: z.string(),
  /** Her answer to a proposed extension (null when none is proposed or she has gone back). */
  extensionConsent: z.enum(SHARING_CONSENTS).nullable(),
  /** Days kept past the end date without going back (a query-time flag, ADR 0067). */
  daysKeptPastEnd: z.number().int(),
});

export const sharingPayMonth = z.object({
  residentId: z.number().int(),
  name: z.string(),
  month: z.string(),
  hours: z.number().int().nullable(),
  receivedFen: z.number().int().nullable(),
  paidFen: z.number().int().nullable(),
  owedFen: z.number().int().nullable(),
  belowCost: z.boolean(),
});

export const sharingAgreement = z.object({
  id: z.number().int(),
  status: z.enum(SHARING_AGREEMENT_STATUSES),
  lendingEnterpriseId: z.number().int(),
  lendingName: z.string(),
  borrowingEnterpriseId: z.number().int(),
  borrowingName: z.string(),
  postTitle: z.string(),
  siteName: z.string(),
  dailyHours: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  headcount: z.number().int(),
  wageFenPerDay: z.number().int(),
  socialInsuranceFenPerDay: z.number().int(),
  otherCostsFenPerDay: z.number().int(),
  otherCostsNote: z.string(),
  feeFenPerDay: z.number().int(),
  /** Fixed by 人社厅发〔2020〕98号: shown, never an input. */
  workInjuryLiability: z.literal('lending'),
  duties: z.string(),
  returnReasons: z.string(),
  extensionTerms: z.string(),
  lendingSigned: z.boolean(),
  borrowingSigned: z.boolean(),
  brokered: z.boolean(),
  /** Who or what the agreement still waits for before it is active. */
  waitingFor: z.array(z.string()),
  /** A proposed new end date, who agreed to it and who it still waits for. */
  extension: z
    .object({
      endDate: z.string(),
      lendingAgreed: z.boolean(),
      borrowingAgreed: z.boolean(),
      waitingFor: z.array(z.string()),
    })
    .nullable(),
  /** Each step of the agreement, oldest first. */
  events: z.array(z.object({ kind: z.string(), name: z.string().nullable(), note: z.string(), at: z.string() })),
  workers: z.array(sharingAgreementWorker),
  months: z.array(sharingPayMonth),
});
export type SharingAgreement = z.infer<typeof sharingAgreement>;
export const sharingAgreementList = z.object({ items: z.array(sharingAgreement) });

export const sharingSignInput = z.object({ enterpriseId: z.number().int().positive() }).strict();

export const sharingConsentInput = z.object({ decision: z.enum(['consent', 'decline']) }).strict();
export const sharingAssistedConsentInput = z
  .object({
    residentId: z.number().int().positive(),
    decision: z.enum(['consent', 'decline']),
    witness: z.string().trim().min(1).max(40),
  })
  .strict();

const firstOfMonth = isoDate.refine((d) => d.endsWith('-01'), 'not_month');
export const sharingPaymentInput = z
  .object({ residentId: z.number().int().positive(), month: firstOfMonth, hours: z.number().int().min(0).max(400) })
  .strict();
export const sharingWageInput = z
  .object({ residentId: z.number().int().positive(), month: firstOfMonth, paidFen: fen })
  .strict();

// ── Return and extension ──
/** Either firm records a return at the end date; the borrowing firm early, for a reason the agreement lists. */
export const sharingReturnInput = z
  .object({
    enterpriseId: z.number().int().positive(),
    residentIds: z.array(z.number().int().positive()).min(1).max(500),
    kind: z.enum(['end_date', 'borrower_reason']),
    reason: z.string().trim().max(200).default(''),
  })
  .strict();
/** The worker asks to go back early, naming the duty the borrowing firm broke. */
export const sharingMyReturnInput = z
  .object({ duty: z.enum(SHARING_DUTIES), note: z.string().trim().max(150).default('') })
  .strict();
/**
 * 代办: an officer files a worker's early return for her. Her consent is on paper or spoken before a
 * named witness (the witness is then required).
 */
export const sharingAssistedReturnInput = z
  .object({
    residentId: z.number().int().positive(),
    duty: z.enum(SHARING_DUTIES),
    note: z.string().trim().max(150).default(''),
    consentMethod: z.enum(['paper', 'verbal_witnessed']),
    witness: z.string().trim().min(1).max(40).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.consentMethod === 'verbal_witnessed' && !v.witness)
      ctx.addIssue({ code: 'custom', message: 'required', path: ['witness'] });
  });
export type SharingAssistedReturnInput = z.infer<typeof sharingAssistedReturnInput>;
export const sharingExtensionInput = z.object({ enterpriseId: z.number().int().positive(), endDate: isoDate }).strict();

export const sharingEmployee = z.object({
  residentId: z.number().int(),
  name: z.string(),
  title: z.string(),
  contractEnd: z.string().nullable(),
});
export const sharingEmployeeList = z.object({ items: z.array(sharingEmployee) });
export const sharingEmployeesQuery = z.object({ enterpriseId: z.coerce.number().int().positive() });

/** The resident's own view: the agreements she is on, with her consent. */
export const mySharing = z.object({
  items: z.array(
    sharingAgreement
      .pick({
        status: true,
        lendingName: true,
        borrowingName: true,
        postTitle: true,
        siteName: true,
        dailyHours: true,
        startDate: true,
        endDate: true,
        wageFenPerDay: true,
        workInjuryLiability: true,
        duties: true,
      })
      .extend({
        agreementId: z.number().int(),
        consent: z.enum(SHARING_CONSENTS),
        consentMethod: z.enum(SHARING_CONSENT_METHODS).nullable(),
        returnedOn: z.string().nullable(),
        returnKind: z.enum(SHARING_RETURN_KINDS).nullable(),
        returnDuty: z.enum(SHARING_DUTIES).nullable(),
        returnNote: z.string(),
        /** A proposed new end date she is asked to consent to again, and her answer. */
        extensionEndDate: z.string().nullable(),
        extensionConsent: z.enum(SHARING_CONSENTS).nullable(),
      }),
  ),
});

export const sharingBoard = z.object({
  figures: z.object({
    openSurplus: z.number().int(),
    openShortage: z.number().int(),
    activeAgreements: z.number().int(),
    workersShared: z.number().int(),
    workerDays: z.number().int(),
    flags: z.number().int(),
    keptPastEnd: z.number().int(),
  }),
  posts: z.array(sharingPost),
  agreements: z.array(sharingAgreement),
  flags: z.array(
    sharingPayMonth.extend({
      agreementId: z.number().int(),
      lendingName: z.string(),
      borrowingName: z.string(),
    }),
  ),
  /** Workers kept past their agreement's end date without going back (a query-time flag). */
  keptPastEnd: z.array(
    z.object({
      agreementId: z.number().int(),
      residentId: z.number().int(),
      name: z.string(),
      lendingName: z.string(),
      borrowingName: z.string(),
      endDate: z.string(),
      days: z.number().int(),
    }),
  ),
});

export type SharingMatchList = z.infer<typeof sharingMatchList>;
export type SharingAgreementList = z.infer<typeof sharingAgreementList>;
export type SharingEmployeeList = z.infer<typeof sharingEmployeeList>;
export type MySharing = z.infer<typeof mySharing>;
export type SharingBoard = z.infer<typeof sharingBoard>;
/** What a form sends (defaults may be left out). */
export type SharingPostDraft = z.input<typeof sharingPostInput>;
export type SharingReturnDraft = z.input<typeof sharingReturnInput>;
export type SharingMyReturnDraft = z.input<typeof sharingMyReturnInput>;
export type SharingAgreementDraft = z.input<typeof sharingAgreementInput>;
