/**
 * Guarantee-loan use cases (SPEC §3.4): filing (by the applicant, or by a station agent for them: 代办) with the
 * 创业担保贷款 policy's eligibility snapshotted and the product's limits checked; every step of the journey by
 * the transition table, maker ≠ checker, an event and notices each; the bank's schedule and 贴息 at
 * disbursement; the settings (products, LPR) and the past-target alert.
 */
import type { z } from 'zod';
import { businessDay } from '../../../shared/dates';
import type { Locale } from '../../../shared/errors';
import { formatFen } from '../../../shared/money';
import type { LoanStatus } from '../../../shared/loans/enums';
import {
  LOAN_TRANSITIONS,
  loanTransition,
  STAGE_HOLDER,
  TIMED_STAGES,
  type LoanAction,
  type LoanTransition,
} from '../../../shared/loans/workflow';
import { LOAN_STATUS_WORDS } from '../../../shared/loans/words';
import type * as schemas from '../../../shared/schemas/loans';
import type { ActorContext } from '../../context';
import { AppError, FieldError, notFound } from '../../core/app-error';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../db/errors';
import { recordAudit } from '../../platform/audit';
import { storeUpload, type FileStorage } from '../../platform/files';
import { notifyUsers, queueSms, staffCoveringArea, userIdOfResident } from '../../platform/notifications';
import type { BackgroundTask } from '../../platform/scheduler';
import { settingsCache } from '../../platform/settings-cache';
import { evaluateResidentForPolicy } from '../benefits';
import { maturityOf, buildSchedule } from './schedule';
import { lprOn, rateCapBp, type LprRate, type SubsidyRules } from './subsidy';
import { addMonths, dayNumber } from './calendar';
import * as repo from './loans.repository';
import { repaymentsOf } from './repayments.repository';
import { presentDetail, presentListItem } from './loans.presenter';
import { currentPastTarget } from './tracker';

/** The benefits policy whose rule decides who may borrow (seeded as 创业担保贷款). */
export const LOAN_POLICY_CODE = 'guarantee-loan';

type CreateLoan = z.output<typeof schemas.createLoan>;
type LoanActionInput = z.output<typeof schemas.loanActionInput>;

// ── settings ─────────────────────────────────────────────────────────────

export async function loadRules(db: Db): Promise<{ rules: SubsidyRules; rates: LprRate[] }> {
  const [r, lpr] = await Promise.all([repo.rules(db), repo.lprRates(db)]);
  return {
    rules: {
      rateCapSpreadBp: r.rate_cap_spread_bp,
      borrowerSpreadBp: r.borrower_spread_bp,
      subsidyYears: r.subsidy_years,
    },
    rates: lpr.map((x) => ({ from: x.effective_from, bp: x.rate_bp })),
  };
}

export async function stageTargetMap(db: Db): Promise<Map<string, number>> {
  return new Map((await repo.stageTargets(db)).map((t) => [t.stage, t.working_days]));
}

/**
 * What the tracker needs of the settings (stage targets, rules, dated LPR) is the same on every call: each process
 * keeps it until the settings' version moves (ADR 0071).
 */
const trackerSettings = settingsCache(async (db) => {
  const [targets, { rules, rates }] = await Promise.all([stageTargetMap(db), loadRules(db)]);
  return { targets, rules, rates };
});

export async function getSettings(ctx: ActorContext) {
  const [products, rules, lpr, targets, stations, institutions] = await Promise.all([
    repo.products(ctx.db),
    repo.rules(ctx.db),
    repo.lprRates(ctx.db),
    repo.stageTargets(ctx.db),
    repo.loanStations(ctx.db),
    repo.institutions(ctx.db),
  ]);
  return {
    products: products.map(presentProduct),
    rules: {
      rateCapSpreadBp: rules.rate_cap_spread_bp,
      borrowerSpreadBp: rules.borrower_spread_bp,
      subsidyYears: rules.subsidy_years,
      legalBasis: rules.legal_basis,
    },
    lpr: lpr.map((r) => ({ effectiveFrom: r.effective_from, rateBp: r.rate_bp })),
    stageTargets: targets.map((t) => ({ stage: t.stage, workingDays: t.working_days })),
    stations,
    institutions,
  };
}

function presentProduct(p: repo.ProductRow) {
  return {
    code: p.code,
    title: p.title,
    applicantKind: p.applicant_kind,
    maxAmountFen: p.max_amount_fen,
    maxTermMonths: p.max_term_months,
    condition: p.condition,
    minNewHirePercent: p.min_new_hire_percent,
    materials: p.materials,
    legalBasis: p.legal_basis,
    active: p.active,
  };
}

export async function updateProduct(
  ctx: ActorContext,
  code: string,
  input: z.output<typeof schemas.updateLoanProduct>,
) {
  const before = await repo.product(ctx.db, code);
  if (!before) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateProduct(
      trx,
      code,
      {
        ...(input.maxAmountFen !== undefined ? { max_amount_fen: input.maxAmountFen } : {}),
        ...(input.maxTermMonths !== undefined ? { max_term_months: input.maxTermMonths } : {}),
        ...(input.legalBasis !== undefined ? { legal_basis: input.legalBasis } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      },
      ctx.actor.userId,
      ctx.now,
    );
    await recordAudit(trx, ctx, {
      action: 'loan.product_update',
      targetType: 'loan_product',
      targetId: code,
      before: presentProduct(before),
      after: input,
    });
  });
  return getSettings(ctx);
}

export async function addLpr(ctx: ActorContext, input: z.output<typeof schemas.addLprRate>) {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertLpr(trx, input.effectiveFrom, input.rateBp, ctx.actor.userId);
    await recordAudit(trx, ctx, {
      action: 'loan.lpr_record',
      targetType: 'loan_lpr',
      targetId: input.effectiveFrom,
      after: input,
    });
  });
  return getSettings(ctx);
}

// ── filing ───────────────────────────────────────────────────────────────

/** A station agent finds a walk-in applicant of the street by mobile number; the reveal is audited. */
export async function lookupApplicant(ctx: ActorContext, phone: string) {
  const found = await repo.residentForStation(ctx.db, ctx.actor.stationId ?? -1, { phone });
  if (!found) throw notFound();
  const enterprises = await repo.enterprisesOwnedBy(ctx.db, found.id);
  await recordAudit(ctx.db, ctx, {
    action: 'loan.applicant_lookup',
    targetType: 'resident',
    targetId: found.id,
    after: { stationId: ctx.actor.stationId },
  });
  return {
    residentId: found.id,
    name: found.name,
    enterprises: enterprises.map((e) => ({ id: e.id, name: e.name })),
  };
}

export async function createLoan(ctx: ActorContext, input: CreateLoan) {
  // a filing sent again after a lost answer returns the loan filed the first time
  const replay = await repo.loanByClientKey(ctx.db, ctx.actor.userId, input.clientKey);
  if (replay) return getLoan(ctx, replay.id);

  const locale = ctx.actor.locale;
  const assisted = ctx.actor.role === 'station_agent';
  const product = await repo.product(ctx.db, input.productCode);
  if (!product || !product.active) throw new FieldError('productCode', 'not_option');

  // who applies, for which enterprise, at which station
  let resident: { id: number; name: string; phone: string; area_id: number } | undefined;
  let stationId: number;
  if (assisted) {
    if (!input.residentId) throw new FieldError('residentId', 'required');
    if (!input.consent) throw new FieldError('consent', 'required');
    stationId = ctx.actor.stationId!;
    resident = await repo.residentForStation(ctx.db, stationId, { id: input.residentId });
  } else {
    if (!input.stationId) throw new FieldError('stationId', 'required');
    stationId = input.stationId;
    if (!(await repo.loanStations(ctx.db)).some((s) => s.id === stationId))
      throw new FieldError('stationId', 'not_option');
    resident = ctx.actor.residentId ? await repo.residentById(ctx.db, ctx.actor.residentId) : undefined;
  }
  if (!resident) throw notFound();
  // an enterprise product is borrowed by a business the applicant owns; a person's loan may name the one it funds
  let enterprise: { id: number; name: string; area_id: number } | undefined;
  if (product.applicant_kind === 'enterprise' && !input.enterpriseId) throw new FieldError('enterpriseId', 'required');
  if (input.enterpriseId) {
    enterprise = (await repo.enterprisesOwnedBy(ctx.db, resident.id)).find((e) => e.id === input.enterpriseId);
    if (!enterprise) throw notFound();
  }

  // the product's limits, named
  if (input.amountFen > product.max_amount_fen)
    throw new AppError('LOAN_OVER_LIMIT', { product: product.title, max: formatFen(product.max_amount_fen) });
  if (input.termMonths > product.max_term_months)
    throw new AppError('LOAN_TERM_OVER_LIMIT', { product: product.title, months: product.max_term_months });

  // eligibility from the 创业担保贷款 policy's rule, kept with its reasons
  const eligibility = await evaluateResidentForPolicy(ctx.db, LOAN_POLICY_CODE, resident.id, ctx.now, locale);
  if (eligibility?.outcome === 'not_eligible') {
    const reasons = eligibility.conditions
      .filter((c) => c.outcome === 'no')
      .map((c) => c.text)
      .join(locale === 'zh-CN' ? '；' : '; ');
    throw new AppError('LOAN_NOT_ELIGIBLE', { reasons }, { eligibility });
  }

  // routed to the district's guarantee institution and partner bank, named in the consent
  const institutions = await repo.institutions(ctx.db);
  const guarantee = institutions.find((i) => i.kind === 'guarantee');
  const bank = institutions.find((i) => i.kind === 'bank');
  if (!guarantee || !bank) throw new AppError('CONFLICT');
  const consentText =
    locale === 'zh-CN'
      ? `同意将本次创业担保贷款申请的信息和材料提供给${guarantee.name}和${bank.name}，仅用于贷款审核、发放和贴息。`
      : `I agree that this guarantee loan application and its materials go to ${guarantee.name} and ${bank.name}, for the loan's review, disbursement and interest subsidy only.`;

  const status: LoanStatus = input.submit ? 'submitted' : 'draft';
  const applicant = resident;
  const id = await ctx.db.transaction().execute(async (trx) => {
    let loanId: number;
    try {
      ({ id: loanId } = await repo.insertLoan(trx, {
        product_code: product.code,
        applicant_kind: product.applicant_kind,
        resident_id: applicant.id,
        enterprise_id: enterprise?.id ?? null,
        area_id: enterprise?.area_id ?? applicant.area_id,
        station_id: stationId,
        guarantee_institution_id: guarantee.id,
        bank_institution_id: bank.id,
        amount_fen: input.amountFen,
        term_months: input.termMonths,
        purpose: input.purpose,
        jobs_promised: input.jobsPromised,
        guarantee_mode: input.guaranteeMode,
        status,
        stage_entered_at: ctx.now,
        eligibility: JSON.stringify(eligibility),
        consent_text: consentText,
        consented_at: ctx.now,
        filed_by_user_id: ctx.actor.userId,
        assisted,
        client_key: input.clientKey,
        created_at: ctx.now,
        updated_at: ctx.now,
      }));
    } catch (err) {
      if (uniqueViolation(err) === 'loans_one_open_idx') throw new AppError('LOAN_OPEN_EXISTS');
      throw err;
    }
    await trx
      .insertInto('consents')
      .values({
        resident_id: applicant.id,
        purpose: 'loan_share',
        scope: JSON.stringify({ loanId, guarantee: guarantee.name, bank: bank.name }),
        method: assisted ? input.consent!.consentMethod : 'in_app',
        recorded_by_user_id: ctx.actor.userId,
        granted_at: ctx.now,
      })
      .execute();
    await repo.insertEvent(trx, {
      loan_id: loanId,
      action: input.submit ? 'submit' : 'create',
      from_status: null,
      to_status: status,
      actor_user_id: ctx.actor.userId,
      on_behalf: assisted,
      note: assisted && input.consent?.witness ? `consent witnessed by ${input.consent.witness}` : '',
      client_key: input.clientKey,
      at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'loan.file',
      targetType: 'loan',
      targetId: loanId,
      after: {
        product: product.code,
        residentId: applicant.id,
        enterpriseId: enterprise?.id ?? null,
        amountFen: input.amountFen,
        termMonths: input.termMonths,
        stationId,
        assisted,
        status,
        eligibility: eligibility?.outcome ?? null,
      },
    });
    if (input.submit)
      await announce(trx, locale, {
        loanId,
        status,
        residentId: applicant.id,
        residentName: applicant.name,
        residentPhone: applicant.phone,
        stationId,
        areaId: enterprise?.area_id ?? applicant.area_id,
        guaranteeId: guarantee.id,
        bankId: bank.id,
        amountFen: input.amountFen,
        termMonths: input.termMonths,
        actorId: ctx.actor.userId,
      });
    return loanId;
  });
  return getLoan(ctx, id);
}

// ── reading ──────────────────────────────────────────────────────────────

export async function loanFor(ctx: ActorContext, id: number) {
  const row = await repo.findLoan(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  return row;
}

/** Whose side the actor is on for this loan (who holds which stage), or none. */
export function sidesOf(ctx: ActorContext, row: repo.LoanRow): Set<LoanTransition['by']> {
  const a = ctx.actor;
  const sides = new Set<LoanTransition['by']>();
  if (
    a.role === 'resident' &&
    (row.resident_id === a.residentId || a.enterprises.some((e) => e.id === row.enterprise_id))
  )
    sides.add('applicant');
  if (a.role === 'station_agent' && a.stationId === row.station_id) sides.add('station').add('applicant');
  if (a.role === 'street_officer') sides.add('street'); // the read already held it to her areas
  if (a.role === 'lender' && a.institutionId === row.guarantee_institution_id) sides.add('guarantee');
  if (a.role === 'lender' && a.institutionId === row.bank_institution_id) sides.add('bank');
  return sides;
}

/** Who filed the loan or decided a stage before: none of them may decide the next one (maker ≠ checker). */
function makers(row: repo.LoanRow, events: readonly repo.LoanEventRow[]): Set<number> {
  const decisions = new Set<string>(['submit', ...LOAN_TRANSITIONS.filter((t) => t.checks).map((t) => t.action)]);
  return new Set([
    row.filed_by_user_id,
    ...events.flatMap((e) => (decisions.has(e.action) && e.actor_user_id !== null ? [e.actor_user_id] : [])),
  ]);
}

/** The product's materials not uploaded yet; once the station has approved, it has checked them and nothing is missing. */
function missingMaterials(row: repo.LoanRow, uploaded: readonly { material: string }[]): string[] {
  if (!['draft', 'submitted', 'station_review', 'returned'].includes(row.status)) return [];
  const have = new Set(uploaded.map((m) => m.material));
  return row.product_materials.filter((m) => !have.has(m));
}

export async function getLoan(ctx: ActorContext, id: number) {
  // Read side by side, in one round trip's time: nothing of it is shown unless the actor may see the loan's row.
  const [row, events, materials, schedule, repayments] = await Promise.all([
    repo.findLoan(ctx.db, ctx.actor, id),
    repo.loanEvents(ctx.db, id),
    repo.loanMaterials(ctx.db, id),
    repo.schedulePeriods(ctx.db, id),
    repaymentsOf(ctx.db, id),
  ]);
  if (!row) throw notFound();
  const { targets, rules, rates } = await trackerSettings.get(ctx.db, row.settings_version);
  const sides = sidesOf(ctx, row);
  const checkedBefore = makers(row, events);
  const actions = LOAN_TRANSITIONS.filter(
    (t) => t.from === row.status && sides.has(t.by) && !(t.checks && checkedBefore.has(ctx.actor.userId)),
  ).map((t) => t.action);
  // the cap the bank may lend at today, shown while the bank decides
  const today = dayNumber(businessDay(ctx.now));
  let cap: number | null = null;
  try {
    cap = rateCapBp(lprOn(today, rates), rules);
  } catch {
    cap = null;
  }
  return presentDetail(ctx, row, {
    events,
    materials,
    missing: missingMaterials(row, materials),
    schedule,
    repayments,
    targets,
    actions: [...new Set(actions)],
    rateCapBp: cap,
    canRecordJobs: sides.has('station') && jobsRecordable(row, businessDay(ctx.now)),
  });
}

/** The jobs a loan created are counted once it is settled or a year after its disbursement. */
export function jobsRecordable(row: Pick<repo.LoanRow, 'status' | 'disbursed_on'>, today: string): boolean {
  return row.status === 'settled' || (row.disbursed_on !== null && addMonths(row.disbursed_on, 12) <= today);
}

export async function listLoans(ctx: ActorContext, query: z.output<typeof schemas.loanListQuery>) {
  const targets = await stageTargetMap(ctx.db);
  if (query.pastTarget) {
    // past target is judged in working days, so the candidates are read and judged here (one street's open loans)
    const { rows } = await repo.listLoans(ctx.db, ctx.actor, {
      statuses: TIMED_STAGES,
      ...(query.status ? { status: query.status } : {}),
      page: 1,
      pageSize: 10_000,
    });
    const past = rows.filter((r) => currentPastTarget(r.status, r.stage_entered_at, targets, ctx.now).past);
    const start = (query.page - 1) * query.pageSize;
    return {
      items: past.slice(start, start + query.pageSize).map((r) => presentListItem(ctx, r, targets)),
      total: past.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
  const { rows, total } = await repo.listLoans(ctx.db, ctx.actor, query);
  return {
    items: rows.map((r) => presentListItem(ctx, r, targets)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

// ── the journey ──────────────────────────────────────────────────────────

export async function actOnLoan(ctx: ActorContext, id: number, input: LoanActionInput) {
  const row = await loanFor(ctx, id);
  if (await repo.eventByKey(ctx.db, id, input.clientKey)) return getLoan(ctx, id);
  const locale = ctx.actor.locale;
  const transition = loanTransition(row.status, input.action);
  if (!transition) throw new AppError('LOAN_INVALID_STEP', { status: LOAN_STATUS_WORDS[row.status][locale] });
  const sides = sidesOf(ctx, row);
  if (!sides.has(transition.by)) throw new AppError('FORBIDDEN');
  const events = await repo.loanEvents(ctx.db, id);
  if (transition.checks && makers(row, events).has(ctx.actor.userId)) throw new AppError('LOAN_SAME_PERSON');
  const note = input.note ?? '';
  if (transition.noteRequired && !note) throw new FieldError('note', 'required');

  const set: Parameters<typeof repo.moveLoan>[3] = { status: transition.to, at: ctx.now };
  let schedule: ReturnType<typeof buildSchedule> = [];
  if (input.action === 'station_approve') {
    const missing = missingMaterials(row, await repo.loanMaterials(ctx.db, id));
    if (missing.length)
      throw new AppError('LOAN_MATERIALS_MISSING', { materials: missing.join(locale === 'zh-CN' ? '、' : ', ') });
  }
  if (input.action === 'bank_approve') {
    if (input.rateBp === undefined) throw new FieldError('rateBp', 'required');
    if (!input.interestFrequency) throw new FieldError('interestFrequency', 'required');
    if (!input.principalMode) throw new FieldError('principalMode', 'required');
    const { rules, rates } = await loadRules(ctx.db);
    const today = businessDay(ctx.now);
    const cap = capOn(today, rates, rules);
    if (input.rateBp > cap)
      throw new AppError('LOAN_RATE_OVER_CAP', { spread: rules.rateCapSpreadBp, cap: (cap / 100).toFixed(2) });
    Object.assign(set, {
      rate_bp: input.rateBp,
      interest_frequency: input.interestFrequency,
      principal_mode: input.principalMode,
    });
  }
  if (input.action === 'disburse') {
    const disbursedOn = input.disbursedOn ?? businessDay(ctx.now);
    if (disbursedOn > businessDay(ctx.now)) throw new FieldError('disbursedOn', 'future');
    const { rules, rates } = await loadRules(ctx.db);
    capOn(disbursedOn, rates, rules);
    schedule = buildSchedule(
      {
        amountFen: row.amount_fen,
        termMonths: row.term_months,
        rateBp: row.rate_bp!,
        disbursedOn,
        interestFrequency: row.interest_frequency!,
        principalMode: row.principal_mode!,
      },
      rates,
      rules,
    );
    Object.assign(set, { disbursed_on: disbursedOn, maturity_on: maturityOf(disbursedOn, row.term_months) });
  }
  if (input.action === 'settle' && input.jobsCreated !== undefined) set.jobs_created = input.jobsCreated;

  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.moveLoan(trx, id, row.status, set))) throw new AppError('CONFLICT');
    await repo.insertEvent(trx, {
      loan_id: id,
      action: input.action,
      from_status: row.status,
      to_status: transition.to,
      actor_user_id: ctx.actor.userId,
      on_behalf: transition.by === 'applicant' && ctx.actor.role === 'station_agent',
      note,
      client_key: input.clientKey,
      at: ctx.now,
    });
    await repo.insertSchedule(trx, id, schedule);
    await recordAudit(trx, ctx, {
      action: `loan.${input.action}`,
      targetType: 'loan',
      targetId: id,
      before: { status: row.status },
      after: {
        status: transition.to,
        ...(note ? { note } : {}),
        ...(set.rate_bp
          ? { rateBp: set.rate_bp, interestFrequency: set.interest_frequency, principalMode: set.principal_mode }
          : {}),
        ...(set.disbursed_on ? { disbursedOn: set.disbursed_on, periods: schedule.length } : {}),
      },
    });
    await announceStep(trx, locale, row, transition.to, ctx.actor.userId);
  });
  return getLoan(ctx, id);
}

function capOn(day: string, rates: readonly LprRate[], rules: SubsidyRules): number {
  try {
    return rateCapBp(lprOn(dayNumber(day), rates), rules);
  } catch {
    throw new AppError('LOAN_NO_LPR', { day });
  }
}

/** The notices of a step on a loan read as a row. */
export function announceStep(trx: Db, locale: Locale, row: repo.LoanRow, status: LoanStatus, actorId: number) {
  return announce(trx, locale, {
    loanId: row.id,
    status,
    residentId: row.resident_id,
    residentName: row.resident_name,
    residentPhone: row.resident_phone,
    stationId: row.station_id,
    areaId: row.area_id,
    guaranteeId: row.guarantee_institution_id,
    bankId: row.bank_institution_id,
    amountFen: row.amount_fen,
    termMonths: row.term_months,
    actorId,
  });
}

/**
 * The notices of a step: the applicant in the inbox and by SMS (whoever filed it), and whoever holds the loan
 * next in their inbox — the station's agents, the street's officers, the institution's staff.
 */
async function announce(
  trx: Db,
  _locale: Locale,
  n: {
    loanId: number;
    status: LoanStatus;
    residentId: number;
    residentName: string;
    residentPhone: string;
    stationId: number;
    areaId: number;
    guaranteeId: number;
    bankId: number;
    amountFen: number;
    termMonths: number;
    actorId: number;
  },
) {
  const key = `loans.${n.loanId}.${n.status}.${Date.now()}`;
  const applicantUser = await userIdOfResident(trx, n.residentId);
  if (applicantUser !== null && applicantUser !== n.actorId)
    await notifyUsers(trx, [applicantUser], {
      kind: 'loans.step',
      text: { template: 'loans.step', params: { status: LOAN_STATUS_WORDS[n.status], next: '' } },
      link: `/loans/${n.loanId}`,
      data: { loanId: n.loanId },
      dedupeKey: key,
    });
  await queueSms(trx, {
    phone: n.residentPhone,
    template: 'loan_step',
    params: { name: n.residentName, status: LOAN_STATUS_WORDS[n.status]['zh-CN'] },
    dedupeKey: key,
  });
  const holder = STAGE_HOLDER[n.status];
  const next =
    holder === 'station'
      ? await repo.stationAgents(trx, n.stationId)
      : holder === 'street'
        ? await staffCoveringArea(trx, n.areaId, ['street_officer'])
        : holder === 'guarantee'
          ? await repo.institutionUsers(trx, n.guaranteeId)
          : holder === 'bank' && (n.status === 'bank_review' || n.status === 'bank_approved')
            ? await repo.institutionUsers(trx, n.bankId)
            : [];
  await notifyUsers(
    trx,
    next.filter((u) => u !== n.actorId),
    {
      kind: 'loans.queue',
      text: {
        template: 'loans.queue',
        params: {
          applicant: n.residentName,
          stage: LOAN_STATUS_WORDS[n.status],
          amount: formatFen(n.amountFen),
          months: n.termMonths,
        },
      },
      link: `/staff/loans/${n.loanId}`,
      data: { loanId: n.loanId },
      dedupeKey: key,
    },
  );
}

// ── materials ────────────────────────────────────────────────────────────

export async function addMaterial(
  ctx: ActorContext,
  files: FileStorage,
  id: number,
  upload: { material: string; originalName: string; data: Buffer },
) {
  const row = await loanFor(ctx, id);
  const sides = sidesOf(ctx, row);
  if (!sides.has('applicant') && !sides.has('station')) throw new AppError('FORBIDDEN');
  if (!['draft', 'submitted', 'station_review', 'returned'].includes(row.status))
    throw new AppError('LOAN_INVALID_STEP', { status: LOAN_STATUS_WORDS[row.status][ctx.actor.locale] });
  const material = upload.material.trim();
  if (!row.product_materials.includes(material)) throw new FieldError('material', 'not_option');
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await storeUpload(trx, files, {
      ownerUserId: ctx.actor.userId,
      purpose: 'loan_material',
      originalName: upload.originalName,
      data: upload.data,
      field: 'file',
    });
    await repo.insertMaterial(trx, {
      loan_id: id,
      file_id: stored.id,
      material,
      uploaded_by_user_id: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'loan.material',
      targetType: 'loan',
      targetId: id,
      after: { material, fileId: stored.id, mime: stored.mime, sizeBytes: stored.sizeBytes },
    });
  });
  return getLoan(ctx, id);
}

// ── the past-target alert ────────────────────────────────────────────────

/** Flags each loan whose stage has run past its target to its station's agents and the street's officers, once per stage. */
export async function flagPastTarget(db: Db, now: Date): Promise<number> {
  const targets = await stageTargetMap(db);
  let flagged = 0;
  for (const l of await repo.timedLoans(db, TIMED_STAGES)) {
    const { used, target, past } = currentPastTarget(l.status, l.stage_entered_at, targets, now);
    if (!past) continue;
    const users = [
      ...(await repo.stationAgents(db, l.station_id)),
      ...(await staffCoveringArea(db, l.area_id, ['street_officer'])),
    ];
    flagged += await notifyUsers(db, users, {
      kind: 'loans.past_target',
      text: {
        template: 'loans.past_target',
        params: { applicant: l.resident_name, stage: LOAN_STATUS_WORDS[l.status], days: used!, target: target! },
      },
      link: `/staff/loans/${l.id}`,
      data: { loanId: l.id },
      dedupeKey: `loans.past_target.${l.id}.${l.status}.${l.stage_entered_at.toISOString()}`,
    });
  }
  return flagged;
}

export const loansPastTargetTask: BackgroundTask = {
  name: 'loans-past-target',
  everyMs: 60 * 60 * 1000,
  async run(db) {
    await flagPastTarget(db, new Date());
  },
};

export type { LoanAction };
