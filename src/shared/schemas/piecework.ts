/** The piecework API contract (SPEC §3.1): venues, factories, products, records, presence, settlements. */
import {
  FACTORY_INDUSTRIES,
  FACTORY_STATUSES,
  PAY_METHODS,
  PIECE_RECORD_STATES,
  PRESENCE_KINDS,
  PRODUCT_UNITS,
  SETTLEMENT_LINE_STATUSES,
  SETTLEMENT_STATUSES,
  VENUE_STATUSES,
} from '../enums';
import { isCalendarDay } from '../dates';
import { isoDate, mobile, pageOf, pageQuery, personName } from './common';
import { endNotBeforeStart } from './dates';
import { yuanToE4 } from './piecework-rules';
import { z } from './zod';

export const factoryIndustry = z.enum(FACTORY_INDUSTRIES);
export const factoryStatus = z.enum(FACTORY_STATUSES);
export const venueStatus = z.enum(VENUE_STATUSES);
export const productUnit = z.enum(PRODUCT_UNITS);
export const payMethod = z.enum(PAY_METHODS);
export const presenceKind = z.enum(PRESENCE_KINDS);
export const settlementStatus = z.enum(SETTLEMENT_STATUSES);
export const lineStatus = z.enum(SETTLEMENT_LINE_STATUSES);
export const recordState = z.enum(PIECE_RECORD_STATES);

const monthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month_format');
const clientKey = z.uuid('client_key_format');
/** A piece rate typed in yuan ("0.35"), kept exactly in 0.0001-yuan units. */
export const rateYuan = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const e4 = yuanToE4(v);
    if (e4 === null) {
      ctx.addIssue({ code: 'custom', message: 'rate_format' });
      return z.NEVER;
    }
    return e4;
  });

// ── venues ──
export const venue = z.object({
  id: z.number().int(),
  areaId: z.number().int(),
  areaName: z.string(),
  address: z.string(),
  areaSqm: z.number().int(),
  ownerName: z.string(),
  ownerPhoneMasked: z.string().nullable(),
  status: venueStatus,
  createdAt: z.string(),
});
export type Venue = z.infer<typeof venue>;
export const venuePage = pageOf(venue);
export const venueListQuery = pageQuery.extend({
  areaId: z.coerce.number().int().positive().optional(),
  status: venueStatus.optional(),
});
export const createVenue = z
  .object({
    areaId: z.number().int().positive(),
    address: z.string().trim().min(2).max(200),
    areaSqm: z.number().int().min(1).max(100000),
    ownerName: personName,
    ownerPhone: mobile.optional(),
  })
  .strict();
export const updateVenue = z.object({ status: venueStatus }).strict();
/** An idle venue as an employer sees it when registering a factory: where and how big, never its owner (contact goes through the community). */
export const availableVenue = z.object({
  id: z.number().int(),
  areaName: z.string(),
  communityName: z.string().nullable(),
  address: z.string(),
  areaSqm: z.number().int(),
});
export type AvailableVenue = z.infer<typeof availableVenue>;

// ── factories ──
export const factory = z.object({
  id: z.number().int(),
  name: z.string(),
  areaId: z.number().int(),
  areaName: z.string(),
  communityName: z.string().nullable(),
  enterpriseId: z.number().int().nullable(),
  operatorName: z.string(),
  venueId: z.number().int().nullable(),
  venueAddress: z.string().nullable(),
  industry: factoryIndustry,
  workstations: z.number().int(),
  openingHours: z.string(),
  status: factoryStatus,
  verified: z.boolean(),
  workerCount: z.number().int(),
  createdAt: z.string(),
});
export type Factory = z.infer<typeof factory>;
export const factoryPage = pageOf(factory);
export const factoryListQuery = pageQuery.extend({
  q: z.string().trim().max(60).optional(),
  areaId: z.coerce.number().int().positive().optional(),
  industry: factoryIndustry.optional(),
  status: factoryStatus.optional(),
  verified: z.enum(['true', 'false']).optional(),
});
const openingHours = z.string().trim().max(60);
export const createFactory = z
  .object({
    enterpriseId: z.number().int().positive(),
    venueId: z.number().int().positive().optional(),
    name: z.string().trim().min(2).max(100),
    industry: factoryIndustry,
    workstations: z.number().int().min(1).max(1000),
    openingHours: openingHours.default(''),
  })
  .strict();
export const updateFactory = z
  .object({
    name: z.string().trim().min(2).max(100).optional(),
    industry: factoryIndustry.optional(),
    workstations: z.number().int().min(1).max(1000).optional(),
    openingHours: openingHours.optional(),
    status: factoryStatus.optional(),
  })
  .strict();
/** What the owner sees of their factory: the public card plus the invite. */
export const ownedFactory = factory.extend({ inviteCode: z.string() });
export type OwnedFactory = z.infer<typeof ownedFactory>;
export const nearbyFactory = factory.pick({
  id: true,
  name: true,
  industry: true,
  areaName: true,
  communityName: true,
  openingHours: true,
  workstations: true,
  workerCount: true,
});
export type NearbyFactory = z.infer<typeof nearbyFactory>;
export const invitePreview = z.object({
  factoryId: z.number().int(),
  name: z.string(),
  areaName: z.string(),
  industry: factoryIndustry,
  joined: z.boolean(),
  /** What she would make: the products at today's rates. */
  products: z.array(z.object({ name: z.string(), unit: z.string(), rateE4: z.number().int().nullable() })),
  /** What the owner sees of a worker: her name and her phone, masked. */
  sharedFields: z.array(z.enum(['name', 'phone_masked'])),
  /** Those fields as the owner would see them of the signed-in resident (null for no resident). */
  ownerWillSee: z.object({ name: z.string(), phoneMasked: z.string() }).nullable(),
});
export const joinBody = z
  .object({
    inviteCode: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{8,32}$/, 'invite_format'),
    /** She agrees that the owner sees her name and masked phone (recorded as a consent). */
    consent: z.literal(true),
  })
  .strict();
/** How the resident agreed when an officer acts for her (代办, ADR 0026). */
const assistedConsent = {
  consentMethod: z.enum(['paper', 'verbal_witnessed']),
  /** Who heard the resident agree, when the consent was spoken. */
  witness: z.string().trim().min(1).max(40).optional(),
};
const witnessNamed = (v: { consentMethod: string; witness?: string | undefined }, ctx: z.RefinementCtx) => {
  if (v.consentMethod === 'verbal_witnessed' && !v.witness)
    ctx.addIssue({ code: 'custom', path: ['witness'], message: 'required' });
};
export const assistedJoinBody = z
  .object({ factoryId: z.number().int().positive(), ...assistedConsent })
  .strict()
  .superRefine(witnessNamed);
export const assistedJoinPreviewQuery = z.object({ factoryId: z.coerce.number().int().positive() });
export const assistedAcknowledgeBody = z.object(assistedConsent).strict().superRefine(witnessNamed);

// ── products and rates ──
export const product = z.object({
  id: z.number().int(),
  name: z.string(),
  unit: productUnit,
  active: z.boolean(),
  /** The rate in force on the asked day, in 0.0001 yuan; null before the first rate. */
  rateE4: z.number().int().nullable(),
  rates: z.array(z.object({ effectiveFrom: z.string(), rateE4: z.number().int() })),
});
export type Product = z.infer<typeof product>;
/** A rate takes effect on a day from 2000 on: an earlier one is a slip of the keyboard (0219 for 2019), not a rate. */
const rateEffectiveFrom = isoDate.refine((v) => !isCalendarDay(v) || v >= '2000-01-01', 'before_2000');
export const createProduct = z
  .object({
    name: z.string().trim().min(1).max(60),
    unit: productUnit,
    rate: rateYuan,
    effectiveFrom: rateEffectiveFrom,
  })
  .strict();
export const addRate = z.object({ rate: rateYuan, effectiveFrom: rateEffectiveFrom }).strict();

// ── workers ──
export const worker = z.object({
  id: z.number().int(),
  residentId: z.number().int(),
  name: z.string(),
  phoneMasked: z.string(),
  joinedOn: z.string(),
  presence: z.object({ state: z.enum(['none', 'in', 'out', 'done']), minutesPresent: z.number().int() }),
});
export type Worker = z.infer<typeof worker>;

// ── records ──
const recordInput = z.union([
  z
    .object({
      clientKey,
      workerId: z.number().int().positive(),
      productId: z.number().int().positive(),
      workDate: isoDate,
      quantity: z.number().int().min(1).max(100000),
    })
    .strict(),
  z.object({ clientKey, reversesId: z.number().int().positive() }).strict(),
]);
export type RecordInput = z.output<typeof recordInput>;
export const recordBatch = z.object({ records: z.array(recordInput).min(1).max(5000) }).strict();
export const batchResult = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  /** Records landing on a settled day: they wait for the next settlement as adjustments. */
  adjustments: z.number().int(),
});
export const selfReport = z
  .object({
    clientKey,
    factoryId: z.number().int().positive(),
    productId: z.number().int().positive(),
    workDate: isoDate,
    quantity: z.number().int().min(1).max(100000),
  })
  .strict();
export const pieceRecord = z.object({
  id: z.number().int(),
  workerId: z.number().int(),
  workerName: z.string(),
  productId: z.number().int(),
  productName: z.string(),
  workDate: z.string(),
  quantity: z.number().int(),
  rateE4: z.number().int(),
  state: recordState,
  selfReported: z.boolean(),
  reversesId: z.number().int().nullable(),
  reversed: z.boolean(),
  createdAt: z.string(),
});
export type PieceRecord = z.infer<typeof pieceRecord>;

export const dayQuery = z.object({ date: isoDate });
export const dayGrid = z.object({
  factoryId: z.number().int(),
  workDate: z.string(),
  workers: z.array(worker),
  products: z.array(product),
  /** Approved quantities: [workerId, productId, quantity]. */
  cells: z.array(z.tuple([z.number().int(), z.number().int(), z.number().int()])),
  records: z.array(pieceRecord),
  settlementId: z.number().int().nullable(),
});
export type DayGrid = z.infer<typeof dayGrid>;

// ── presence ──
export const presenceBody = z
  .object({ clientKey, kind: presenceKind, workerId: z.number().int().positive().optional() })
  .strict();
export const myPresenceBody = z
  .object({ clientKey, kind: presenceKind, factoryId: z.number().int().positive() })
  .strict();
export const presenceResult = z.object({
  state: z.enum(['none', 'in', 'out', 'done']),
  minutesPresent: z.number().int(),
});

// ── settlements ──
export const settlementLine = z.object({
  id: z.number().int(),
  settlementId: z.number().int(),
  workerId: z.number().int(),
  workerName: z.string(),
  workDate: z.string(),
  quantity: z.number().int(),
  items: z.array(
    z.object({
      productId: z.number().int(),
      productName: z.string(),
      quantity: z.number().int(),
      amountE4: z.number().int(),
    }),
  ),
  dayAmountE4: z.number().int(),
  adjustmentE4: z.number().int(),
  amountFen: z.number().int(),
  /** A negative net carried to the worker's next settlement (0 or less); the line then pays 0. */
  carriedE4: z.number().int(),
  /** Minutes present; null when the worker never checked in that day. */
  minutesPresent: z.number().int().nullable(),
  /** No check-in that day: the pieces were recorded for a worker who was never checked in. */
  neverCheckedIn: z.boolean(),
  effectiveHourlyFen: z.number().int().nullable(),
  floorFenPerHour: z.number().int(),
  belowFloor: z.boolean(),
  /** The wage-floor judgement: below, met, or not judged because no presence was kept. */
  floorCheck: z.enum(['below', 'met', 'no_presence']),
  status: lineStatus,
  disputeReason: z.string().nullable(),
  resolutionNote: z.string().nullable(),
});
export type SettlementLine = z.infer<typeof settlementLine>;
export const settlement = z.object({
  id: z.number().int(),
  factoryId: z.number().int(),
  factoryName: z.string(),
  workDate: z.string(),
  status: settlementStatus,
  totalFen: z.number().int(),
  workerCount: z.number().int(),
  flaggedCount: z.number().int(),
  payMethod: payMethod.nullable(),
  payReference: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Settlement = z.infer<typeof settlement>;
export const settlementDetail = settlement.extend({ lines: z.array(settlementLine) });
export type SettlementDetail = z.infer<typeof settlementDetail>;
export const settlementPage = pageOf(settlement);
export const settlementListQuery = pageQuery.extend({ status: settlementStatus.optional() });
export const closeDay = z
  .object({
    workDate: isoDate,
    /** Closing today while workers are still checked in (or stepped out): check them out at closing time first. */
    checkOutAtClose: z.boolean().default(false),
  })
  .strict();
export const payBody = z.object({ payMethod, payReference: z.string().trim().max(100).default('') }).strict();
export const disputeBody = z.object({ disputeReason: z.string().trim().min(2).max(500) }).strict();
export const resolveBody = z.object({ resolutionNote: z.string().trim().min(2).max(500) }).strict();

// ── the worker's own view ──
export const myWork = z.object({
  today: z.string(),
  factories: z.array(
    z.object({
      workerId: z.number().int(),
      factoryId: z.number().int(),
      factoryName: z.string(),
      products: z.array(product.pick({ id: true, name: true, unit: true, rateE4: true })),
      todayQuantity: z.number().int(),
      todayAmountE4: z.number().int(),
      pendingQuantity: z.number().int(),
      presence: presenceResult,
    }),
  ),
  openLines: z.array(settlementLine.extend({ factoryName: z.string(), settlementStatus })),
});
export type MyWork = z.infer<typeof myWork>;
export const monthQuery = z.object({ month: monthText });
export const statement = z.object({
  month: z.string(),
  lines: z.array(settlementLine.extend({ factoryName: z.string(), settlementStatus })),
  totalFen: z.number().int(),
  paidFen: z.number().int(),
  quantity: z.number().int(),
  days: z.number().int(),
});
export type Statement = z.infer<typeof statement>;

// ── the street's view ──
export const wagesQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    areaId: z.coerce.number().int().positive().optional(),
  })
  .superRefine(endNotBeforeStart('from', 'to'));
export const wagesReport = z.object({
  byFactory: z.array(
    z.object({
      factoryId: z.number().int(),
      factoryName: z.string(),
      communityName: z.string().nullable(),
      workers: z.number().int(),
      paidFen: z.number().int(),
      unpaidFen: z.number().int(),
      arrearsFen: z.number().int(),
      flaggedLines: z.number().int(),
    }),
  ),
  byCommunity: z.array(
    z.object({
      communityName: z.string(),
      factories: z.number().int(),
      paidFen: z.number().int(),
      unpaidFen: z.number().int(),
      arrearsFen: z.number().int(),
    }),
  ),
  arrears: z.array(settlement.extend({ communityName: z.string().nullable(), daysOverdue: z.number().int() })),
  flagged: z.array(settlementLine.extend({ factoryName: z.string() })),
  /** Disputed lines nobody has resolved, whatever their date: they wait for the owner or an officer. */
  disputed: z.array(settlementLine.extend({ factoryName: z.string() })),
});
export type WagesReport = z.infer<typeof wagesReport>;

// ── the ledger check (ADR 0047) ──
/** Which settled days to check (all when a bound is missing), in the officer's areas or one of them. */
export const ledgerCheckBody = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    areaId: z.number().int().positive().optional(),
  })
  .strict();
export const ledgerCheckResult = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  checkedAt: z.string(),
  /** Every factory's lines agree with its records. */
  ok: z.boolean(),
  factories: z.array(
    z.object({
      factoryId: z.number().int(),
      factoryName: z.string(),
      communityName: z.string().nullable(),
      settlements: z.number().int(),
      lines: z.number().int(),
      /** What the lines pay, in fen. */
      settledFen: z.number().int(),
      /** What the approved records and the corrections paid with them call for, rounded once per line. */
      expectedFen: z.number().int(),
      differenceFen: z.number().int(),
      linesAtOdds: z.number().int(),
      settlementsAtOdds: z.number().int(),
      /** Corrections of settled days waiting for the factory's next settlement. */
      pendingAdjustments: z.number().int(),
      pendingAdjustmentE4: z.number().int(),
      ok: z.boolean(),
    }),
  ),
});
export type LedgerCheckResult = z.infer<typeof ledgerCheckResult>;
