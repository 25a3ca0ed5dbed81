/**
 * Daily settlement (日结): close a day → a line per worker → confirmed → paid
 * → acknowledged or disputed and resolved. Settling a day twice returns the
 * first settlement. The wage floor and arrears alerts (根治欠薪) live here too.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { businessDay } from '../../../shared/dates';
import type * as schemas from '../../../shared/schemas/piecework';
import {
  canLine,
  canSettlement,
  formatFen,
  type LineAction,
  type SettlementAction,
  type SettlementLineStatus,
} from '../../../shared/schemas/piecework-rules';
import type { Locale } from '../../../shared/errors';
import type { ActorContext } from '../../context';
import type { Db } from '../../db/client';
import { maskPhone } from '../../../shared/validators';
import { AppError, FieldError, notFound } from '../../core/app-error';
import { pathInScope } from '../../http/scope';
import { resolveAreaSettingForAreas } from '../../platform/area-settings';
import { AREA_SETTINGS } from '../../../shared/schemas/area-settings';
import { auditEventAroundTarget, recordAudit } from '../../platform/audit';
import { notifyUsers, staffCoveringArea } from '../../platform/notifications';
import { ownedFactoryOr404, viewableFactoryOr404, type AssistedConsent } from './factories.service';
import { PIECEWORK_STAFF_ROLES } from './piecework.permissions';
import { presentLine, presentLineWithFactory, presentProduct, presentSettlement } from './piecework.presenter';
import * as repo from './piecework.repository';
import { recordPresence } from './records.service';
import { minutesPresentAt } from './settlement-rule';

/** A settlement's state and the steps on it, as a refusal names them to the person refused (in their language). */
const STATUS_WORDS = {
  closed: { 'zh-CN': '已结算待确认', en: 'closed and awaiting confirmation' },
  confirmed: { 'zh-CN': '已确认', en: 'confirmed' },
  paid: { 'zh-CN': '已支付', en: 'paid' },
} as const;
/** A worker's line, as the worker's and owner's screens name it (piecework.lineStatus). */
const LINE_STATUS_WORDS: Record<SettlementLineStatus, Record<Locale, string>> = {
  open: { 'zh-CN': '待确认收款', en: 'awaiting receipt' },
  acknowledged: { 'zh-CN': '已确认收款', en: 'received' },
  disputed: { 'zh-CN': '有异议', en: 'disputed' },
  resolved: { 'zh-CN': '异议已处理', en: 'dispute resolved' },
};
const ACTION_WORDS: Record<SettlementAction | LineAction, Record<Locale, string>> = {
  confirm: { 'zh-CN': '确认', en: 'confirmed' },
  pay: { 'zh-CN': '支付', en: 'paid' },
  acknowledge: { 'zh-CN': '确认收款', en: 'acknowledged' },
  dispute: { 'zh-CN': '提出异议', en: 'disputed' },
  resolve: { 'zh-CN': '处理异议', en: 'resolved' },
};

/** A step refused: the state it met and the step, named in the reader's language. */
function stepRefused(
  ctx: ActorContext,
  state: Readonly<Record<Locale, string>>,
  action: SettlementAction | LineAction,
  details: { status: string; action: string },
) {
  const { locale } = ctx.actor;
  return new AppError(
    'SETTLEMENT_STEP_REFUSED',
    { status: state[locale], action: ACTION_WORDS[action][locale] },
    details,
  );
}

export async function settlementDetail(db: Db, id: number) {
  const s = await repo.findSettlement(db, id);
  if (!s) throw notFound();
  const lines = await repo.listLines(db, id);
  return { ...presentSettlement(s), lines: lines.map(presentLine) };
}

/**
 * Closes one factory's day. The same day asked again answers the first
 * settlement (created: false), so a resent request is harmless.
 */
export async function closeDay(
  ctx: ActorContext,
  factoryId: number,
  day: string,
  { checkOutAtClose = false }: { checkOutAtClose?: boolean } = {},
) {
  // A day to come cannot be closed: every piece of it would then wait as an adjustment of a later settlement.
  if (day > businessDay(ctx.now)) throw new FieldError('workDate', 'future_date');
  // Workers still checked in (or stepped out) today, checked out at closing time when the owner asks for it:
  // the same step, event and audit as the owner's own check-out button.
  if (checkOutAtClose && day === businessDay(ctx.now)) {
    await ownedFactoryOr404(ctx, factoryId);
    for (const w of await repo.listWorkers(ctx.db, factoryId, day)) {
      if (w.state === 'in' || w.state === 'out') await recordPresence(ctx, factoryId, w.id, 'check_out', randomUUID());
    }
  }
  // One call: ownership, the wage floor, the lock, the settlement and its audit event (ADR 0042).
  const closed = await repo.closeFactoryDay(ctx.db, ctx.actor, {
    factoryId,
    day,
    now: ctx.now,
    floorDefault: AREA_SETTINGS.min_hourly_wage_fen.default,
    audit: auditEventAroundTarget(ctx, {
      action: 'settlement.close',
      targetType: 'settlement',
      after: { factoryId, workDate: day },
    }),
  });
  if (!closed.owned) throw notFound();
  const settled = closed.settled;
  if (settled) {
    const s = settled.settlement;
    const settlement = presentSettlement({
      id: s.id,
      factory_id: factoryId,
      factory_name: s.factory_name,
      area_id: s.area_id,
      work_date: day,
      status: s.status,
      total_fen: s.total_fen,
      worker_count: s.worker_count,
      flagged_count: s.flagged_count,
      pay_method: null,
      pay_reference: null,
      confirmed_at: null,
      paid_at: null,
      created_at: s.created_at,
    });
    return { created: true, settlement: { ...settlement, lines: settled.lines.map(presentLine) } };
  }
  // Settled before (a resend, or a request that won the race): the first settlement is the answer.
  const existing = await repo.findSettlementByDay(ctx.db, factoryId, day);
  if (existing) return { created: false, settlement: await settlementDetail(ctx.db, existing.id) };
  throw new AppError('NOTHING_TO_SETTLE');
}

/**
 * Every factory's day, set-based rather than a loop (SPEC §3.1 bench: ≤ 500 ms
 * at 1,000 factories). The factories are split into contiguous parts settled
 * side by side, one transaction each, so the statement's work uses every core
 * the database has (ADR 0028); factories already settled that day are left
 * alone, so a part that failed is simply settled on the next run.
 */
/**
 * Splits factories (in id order) into at most n contiguous parts of about the
 * same number of workers, since a part's time follows its lines: one part of
 * the large factories would otherwise finish long after the others.
 */
export function contiguousParts(factories: readonly { id: number; workers: number | null }[], n: number): number[][] {
  const weight = (f: { workers: number | null }) => Math.max(1, f.workers ?? 0);
  const total = factories.reduce((sum, f) => sum + weight(f), 0);
  const chunks: number[][] = [[]];
  let done = 0;
  for (const f of factories) {
    // start the next part once this one holds its share of the workers
    if (chunks.length < n && chunks.at(-1)!.length > 0 && done >= (total * chunks.length) / n) chunks.push([]);
    chunks.at(-1)!.push(f.id);
    done += weight(f);
  }
  return chunks;
}

export async function settleAllFactoriesDay(
  db: Db,
  day: string,
  now: Date,
  {
    parts = Math.min(4, availableParallelism()),
    factoriesPerPart = 250,
  }: { parts?: number; factoriesPerPart?: number } = {},
): Promise<number> {
  const factories = await repo.factoriesToSettle(db);
  const floors = await resolveAreaSettingForAreas(
    db,
    [...new Set(factories.map((f) => f.area_id))],
    'min_hourly_wage_fen',
  );
  const floorList = [...floors].map(([areaId, floor]) => ({ areaId, floor }));
  // A part is worth its own transaction from a few hundred factories on.
  const n = Math.max(1, Math.min(parts, Math.floor(factories.length / factoriesPerPart)));
  const chunks = contiguousParts(factories, n);
  const made = await Promise.all(
    chunks.map((factoryIds, part) =>
      db.transaction().execute(async (trx) => {
        await repo.lockForSettlingEveryFactory(trx);
        const rows = await repo.settleDaySetBased(trx, { day, factoryIds, floors: floorList, userId: null, now });
        if (rows.length) {
          await recordAudit(
            trx,
            { actor: null, ip: null },
            {
              action: 'settlement.close_all',
              targetType: 'platform',
              after: { workDate: day, settlements: rows.length, part: part + 1, parts: chunks.length },
            },
          );
        }
        return rows.length;
      }),
    ),
  );
  return made.reduce((a, b) => a + b, 0);
}

export async function listSettlements(
  ctx: ActorContext,
  factoryId: number,
  q: z.output<typeof schemas.settlementListQuery>,
) {
  await viewableFactoryOr404(ctx, factoryId);
  const { rows, total } = await repo.listSettlements(ctx.db, factoryId, q.status, q.page, q.pageSize);
  return { items: rows.map(presentSettlement), total, page: q.page, pageSize: q.pageSize };
}

/** The owner or an officer covering the factory; a worker sees only their own line (GET /me/statement). */
export async function getSettlement(ctx: ActorContext, id: number) {
  const s = await repo.findSettlement(ctx.db, id);
  if (!s) throw notFound();
  await viewableFactoryOr404(ctx, s.factory_id);
  return settlementDetail(ctx.db, id);
}

async function stepSettlement(
  ctx: ActorContext,
  id: number,
  action: SettlementAction,
  pay?: z.output<typeof schemas.payBody>,
) {
  const s = await repo.findSettlement(ctx.db, id);
  if (!s) throw notFound();
  await ownedFactoryOr404(ctx, s.factory_id);
  const refuse = () => stepRefused(ctx, STATUS_WORDS[s.status], action, { status: s.status, action });
  if (!canSettlement(action, s.status)) throw refuse();
  await ctx.db.transaction().execute(async (trx) => {
    const moved =
      action === 'confirm'
        ? await repo.updateSettlement(trx, id, 'closed', {
            status: 'confirmed',
            confirmed_at: ctx.now,
            confirmed_by_user_id: ctx.actor.userId,
          })
        : await repo.updateSettlement(trx, id, 'confirmed', {
            status: 'paid',
            paid_at: ctx.now,
            paid_by_user_id: ctx.actor.userId,
            pay_method: pay!.payMethod,
            pay_reference: pay!.payReference || null,
          });
    if (!moved) throw refuse();
    await recordAudit(trx, ctx, {
      action: `settlement.${action}`,
      targetType: 'settlement',
      targetId: id,
      before: { status: s.status },
      after:
        action === 'pay'
          ? { status: 'paid', payMethod: pay!.payMethod, payReference: pay!.payReference }
          : { status: 'confirmed' },
    });
    if (action === 'pay') {
      await notifyUsers(trx, await repo.userIdsOfSettlementWorkers(trx, id), {
        kind: 'piecework.paid',
        text: { template: 'piecework.paid', params: { factory: s.factory_name, date: s.work_date } },
        link: '/piecework',
        dedupeKey: `piecework.paid.${id}`,
      });
    }
  });
  return settlementDetail(ctx.db, id);
}

export const confirmSettlement = (ctx: ActorContext, id: number) => stepSettlement(ctx, id, 'confirm');
export const paySettlement = (ctx: ActorContext, id: number, body: z.output<typeof schemas.payBody>) =>
  stepSettlement(ctx, id, 'pay', body);

/** The worker's own line: acknowledge the pay, or dispute it with a reason. */
export async function workerLineStep(
  ctx: ActorContext,
  lineId: number,
  action: Extract<LineAction, 'acknowledge' | 'dispute'>,
  reason?: string,
) {
  const line = await repo.findLine(ctx.db, lineId);
  if (!line || line.resident_id !== ctx.actor.residentId) throw notFound();
  if (!canLine(action, line.status, line.settlement_status)) {
    throw stepRefused(ctx, STATUS_WORDS[line.settlement_status], action, { status: line.status, action });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repo.updateLine(
      trx,
      lineId,
      'open',
      action === 'acknowledge'
        ? { status: 'acknowledged', updated_at: ctx.now }
        : { status: 'disputed', dispute_reason: reason!, updated_at: ctx.now },
    );
    if (!moved) throw new AppError('CONFLICT');
    await recordAudit(trx, ctx, {
      action: `settlement_line.${action}`,
      targetType: 'settlement_line',
      targetId: lineId,
      before: { status: line.status },
      after: { status: action === 'acknowledge' ? 'acknowledged' : 'disputed', reason },
    });
    if (action === 'dispute') {
      const owners = await repo.ownerUserIds(trx, line.factory_id);
      const officers = await staffCoveringArea(trx, line.area_id, ['community_officer']);
      await notifyUsers(trx, [...owners, ...officers], {
        kind: 'piecework.dispute',
        text: {
          template: 'piecework.dispute',
          params: { worker: line.worker_name, date: line.work_date, reason: reason ?? '' },
        },
        link: `/piecework/owner/${line.factory_id}?settlement=${line.settlement_id}`,
        dedupeKey: `piecework.dispute.${lineId}`,
      });
    }
  });
  return presentLineWithFactory((await repo.findLine(ctx.db, lineId))!);
}

/** 代办: the resident's lines an officer of her areas may acknowledge for her (404 out of scope). */
export async function assistedOpenLines(ctx: ActorContext, residentId: number) {
  await residentInScopeOr404(ctx, residentId);
  const workers = await repo.workersOfResident(ctx.db, residentId);
  const open = await repo.openLinesOfWorkers(
    ctx.db,
    workers.map((w) => w.id),
  );
  return { items: open.map(presentLineWithFactory) };
}

async function residentInScopeOr404(ctx: ActorContext, residentId: number) {
  const me = await repo.findResidentCard(ctx.db, residentId);
  if (!me || !pathInScope(me.area_path, ctx.actor.areaPaths)) throw notFound();
  return me;
}

/**
 * 代办: an officer acknowledges a paid line for an older resident who said she
 * received the money, with how she agreed recorded as a consent (ADR 0026) and
 * the officer named in the audit log. Asked again, the acknowledged line is the answer.
 */
export async function assistedAcknowledge(
  ctx: ActorContext,
  residentId: number,
  lineId: number,
  assisted: AssistedConsent,
) {
  await residentInScopeOr404(ctx, residentId);
  const line = await repo.findLine(ctx.db, lineId);
  if (!line || line.resident_id !== residentId) throw notFound();
  if (line.status === 'acknowledged') return presentLineWithFactory(line);
  if (!canLine('acknowledge', line.status, line.settlement_status)) {
    throw stepRefused(ctx, STATUS_WORDS[line.settlement_status], 'acknowledge', {
      status: line.status,
      action: 'acknowledge',
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repo.updateLine(trx, lineId, 'open', { status: 'acknowledged', updated_at: ctx.now });
    if (!moved) throw new AppError('CONFLICT');
    const consent = await repo.insertConsent(trx, {
      resident_id: residentId,
      purpose: 'pay_acknowledgement',
      scope: {
        lineId,
        settlementId: line.settlement_id,
        factoryName: line.factory_name,
        workDate: line.work_date,
        amountFen: line.amount_fen,
        ...(assisted.witness ? { witness: assisted.witness } : {}),
      },
      method: assisted.method,
      recorded_by_user_id: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'settlement_line.assisted_acknowledge',
      targetType: 'settlement_line',
      targetId: lineId,
      before: { status: line.status },
      after: {
        status: 'acknowledged',
        consentId: consent.id,
        consentMethod: assisted.method,
        assistedBy: ctx.actor.displayName,
        witness: assisted.witness ?? null,
      },
    });
  });
  return presentLineWithFactory((await repo.findLine(ctx.db, lineId))!);
}

/** The owner, or an officer covering the factory, resolves a dispute with a note. */
export async function resolveLine(ctx: ActorContext, lineId: number, note: string) {
  const line = await repo.findLine(ctx.db, lineId);
  if (!line) throw notFound();
  await viewableFactoryOr404(ctx, line.factory_id);
  if (!canLine('resolve', line.status, line.settlement_status)) {
    throw stepRefused(ctx, LINE_STATUS_WORDS[line.status], 'resolve', { status: line.status, action: 'resolve' });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repo.updateLine(trx, lineId, 'disputed', {
      status: 'resolved',
      resolution_note: note,
      resolved_by_user_id: ctx.actor.userId,
      updated_at: ctx.now,
    });
    if (!moved) throw new AppError('CONFLICT');
    await recordAudit(trx, ctx, {
      action: 'settlement_line.resolve',
      targetType: 'settlement_line',
      targetId: lineId,
      before: { status: 'disputed' },
      after: { status: 'resolved', note },
    });
  });
  return presentLineWithFactory((await repo.findLine(ctx.db, lineId))!);
}

// ── the worker's own ──

export async function myWork(ctx: ActorContext) {
  const today = businessDay(ctx.now);
  const residentId = ctx.actor.residentId;
  if (!residentId) return { today, factories: [], openLines: [] };
  const workers = await repo.workersOfResident(ctx.db, residentId);
  const ids = workers.map((w) => w.id);
  // Everything after the workers at once: one wait for the database instead of two in a row.
  const [days, open, perWorker] = await Promise.all([
    repo.workerDay(ctx.db, ids, today),
    repo.openLinesOfWorkers(ctx.db, ids),
    Promise.all(
      workers.map((w) =>
        Promise.all([repo.listProducts(ctx.db, w.factory_id), repo.findPresenceDay(ctx.db, w.id, today)]),
      ),
    ),
  ]);
  const factories = workers.map((w, i) => {
    const [products, presence] = perWorker[i]!;
    const d = days.find((x) => x.worker_id === w.id);
    return {
      workerId: w.id,
      factoryId: w.factory_id,
      factoryName: w.factory_name,
      products: products
        .filter((p) => p.active)
        .map((p) => {
          const v = presentProduct(p, today);
          return { id: v.id, name: v.name, unit: v.unit, rateE4: v.rateE4 };
        }),
      todayQuantity: d?.quantity ?? 0,
      todayAmountE4: d?.amount_e4 ?? 0,
      pendingQuantity: d?.pending ?? 0,
      presence: {
        state: presence?.state ?? ('none' as const),
        minutesPresent: presence
          ? minutesPresentAt(
              { state: presence.state, minutesPresent: presence.minutes_present, since: presence.since },
              ctx.now,
            )
          : 0,
      },
    };
  });
  return { today, factories, openLines: open.map(presentLineWithFactory) };
}

export async function statement(ctx: ActorContext, month: string) {
  const residentId = ctx.actor.residentId;
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  const lines = residentId
    ? await repo.linesOfResident(ctx.db, residentId, `${month}-01`, `${month}-${String(last).padStart(2, '0')}`)
    : [];
  return {
    month,
    lines: lines.map(presentLineWithFactory),
    totalFen: lines.reduce((s, l) => s + l.amount_fen, 0),
    paidFen: lines.filter((l) => l.settlement_status === 'paid').reduce((s, l) => s + l.amount_fen, 0),
    quantity: lines.reduce((s, l) => s + l.quantity, 0),
    days: new Set(lines.map((l) => l.work_date)).size,
  };
}

// ── the street's view ──

export async function wagesReport(ctx: ActorContext, q: z.output<typeof schemas.wagesQuery>) {
  if (!(PIECEWORK_STAFF_ROLES as readonly string[]).includes(ctx.actor.role)) throw notFound();
  const today = businessDay(ctx.now);
  // Each area is judged by its own arrears days, as the alert job judges it.
  const byArea = await resolveAreaSettingForAreas(
    ctx.db,
    await repo.arrearsAreaIds(ctx.db, ctx.actor),
    'arrears_alert_days',
  );
  const days = { byArea, otherwise: AREA_SETTINGS.arrears_alert_days.default };
  const [byFactory, arrears, flagged, disputed] = await Promise.all([
    repo.wagesByFactory(ctx.db, ctx.actor, { ...q, today, alertDays: days }),
    repo.arrearsSettlements(ctx.db, ctx.actor, today, days),
    repo.flaggedLines(ctx.db, ctx.actor, q.from, q.to),
    repo.disputedLines(ctx.db, ctx.actor),
  ]);
  const communities = new Map<
    string,
    { communityName: string; factories: number; paidFen: number; unpaidFen: number; arrearsFen: number }
  >();
  for (const f of byFactory) {
    const key = f.community_name ?? '—';
    const c = communities.get(key) ?? { communityName: key, factories: 0, paidFen: 0, unpaidFen: 0, arrearsFen: 0 };
    c.factories += 1;
    c.paidFen += f.paid_fen;
    c.unpaidFen += f.unpaid_fen;
    c.arrearsFen += f.arrears_fen;
    communities.set(key, c);
  }
  return {
    byFactory: byFactory.map((f) => ({
      factoryId: f.factory_id,
      factoryName: f.factory_name,
      communityName: f.community_name,
      workers: f.workers,
      paidFen: f.paid_fen,
      unpaidFen: f.unpaid_fen,
      arrearsFen: f.arrears_fen,
      flaggedLines: f.flagged_lines,
    })),
    byCommunity: [...communities.values()],
    arrears: arrears.map((s) => ({
      ...presentSettlement(s),
      communityName: s.community_name,
      daysOverdue: s.days_overdue,
    })),
    flagged: flagged.map((l) => ({ ...presentLine(l), factoryName: l.factory_name })),
    disputed: disputed.map((l) => ({ ...presentLine(l), factoryName: l.factory_name })),
  };
}

// ── the ledger check ──

/**
 * Runs the ledger check (ADR 0047) over the officer's factories, or those
 * under one of their areas: each factory's settled lines against its approved
 * records. Audited, with the factories found at odds.
 */
export async function checkLedger(ctx: ActorContext, q: z.output<typeof schemas.ledgerCheckBody>) {
  if (q.areaId) {
    const area = await repo.findAreaPath(ctx.db, q.areaId);
    if (!area || !pathInScope(area.path, ctx.actor.areaPaths)) throw new FieldError('areaId', 'not_in_scope');
  }
  if (q.from && q.to && q.to < q.from) throw new FieldError('to', 'before_start');
  const rows = await repo.ledgerCheck(ctx.db, { scope: ctx.actor, areaId: q.areaId, from: q.from, to: q.to });
  const factories = rows.map((f) => {
    const ok = f.settled_fen === f.expected_fen && f.lines_at_odds === 0 && f.settlements_at_odds === 0;
    return {
      factoryId: f.factory_id,
      factoryName: f.factory_name,
      communityName: f.community_name,
      settlements: f.settlements,
      lines: f.lines,
      settledFen: f.settled_fen,
      expectedFen: f.expected_fen,
      differenceFen: f.settled_fen - f.expected_fen,
      linesAtOdds: f.lines_at_odds,
      settlementsAtOdds: f.settlements_at_odds,
      pendingAdjustments: f.pending_adjustments,
      pendingAdjustmentE4: f.pending_adjustment_e4,
      ok,
    };
  });
  const atOdds = factories.filter((f) => !f.ok).map((f) => f.factoryId);
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx, {
      action: 'piecework.ledger_check',
      targetType: 'platform',
      after: { from: q.from ?? null, to: q.to ?? null, areaId: q.areaId ?? null, factories: factories.length, atOdds },
    }),
  );
  return {
    from: q.from ?? null,
    to: q.to ?? null,
    checkedAt: ctx.now.toISOString(),
    ok: atOdds.length === 0,
    factories,
  };
}

// ── payroll sheet ──

/** The payroll sheet's words in the owner's language (the figures, names and masked numbers are the same in both). */
const PAYROLL_WORDS = {
  'zh-CN': {
    sheet: '工资表',
    columns: [
      '日期',
      '姓名',
      '身份证号',
      '手机号',
      '件数',
      '工时（小时）',
      '金额（元）',
      '低于最低小时工资',
      '结算状态',
      '支付方式',
    ],
    yes: '是',
    total: '合计',
    methods: { cash: '现金', wechat: '微信', bank: '银行转账' },
  },
  en: {
    sheet: 'Payroll',
    columns: [
      'Date',
      'Name',
      'ID number',
      'Mobile',
      'Pieces',
      'Hours',
      'Amount (yuan)',
      'Below the minimum hourly wage',
      'Settlement',
      'Paid by',
    ],
    yes: 'yes',
    total: 'Total',
    methods: { cash: 'cash', wechat: 'WeChat', bank: 'bank transfer' },
  },
} as const;
const PAYROLL_COLUMNS = [
  { key: 'date', width: 12 },
  { key: 'name', width: 10 },
  { key: 'id', width: 22 },
  { key: 'phone', width: 14 },
  { key: 'quantity', width: 8 },
  { key: 'hours', width: 12 },
  { key: 'amount', width: 12 },
  { key: 'floor', width: 16 },
  { key: 'status', width: 12 },
  { key: 'method', width: 12 },
] as const;

/** The owner's monthly payroll as .xlsx, in the owner's language; phones and ID numbers masked (SPEC §3.7). */
export async function payrollWorkbook(
  ctx: ActorContext,
  factoryId: number,
  month: string,
): Promise<{ fileName: string; data: Buffer }> {
  const factory = await ownedFactoryOr404(ctx, factoryId);
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  const rows = await repo.payrollLines(ctx.db, factoryId, `${month}-01`, `${month}-${String(last).padStart(2, '0')}`);
  const { locale } = ctx.actor;
  const words = PAYROLL_WORDS[locale];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(words.sheet);
  sheet.columns = PAYROLL_COLUMNS.map((c, i) => ({ ...c, header: words.columns[i] }));
  for (const r of rows) {
    sheet.addRow({
      date: r.work_date,
      name: r.name,
      id: r.id_number_masked ?? '',
      phone: maskPhone(r.phone),
      quantity: r.quantity,
      hours: r.minutes_present === null ? '' : Math.round((r.minutes_present / 60) * 100) / 100,
      amount: formatFen(r.amount_fen),
      floor: r.below_floor ? words.yes : '',
      status: STATUS_WORDS[r.status][locale],
      method: r.pay_method ? words.methods[r.pay_method] : '',
    });
  }
  sheet.addRow({
    date: words.total,
    amount: formatFen(rows.reduce((s, r) => s + r.amount_fen, 0)),
    quantity: rows.reduce((s, r) => s + r.quantity, 0),
  });
  sheet.getRow(1).font = { bold: true };
  const data = Buffer.from(await book.xlsx.writeBuffer());
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx, {
      action: 'payroll.export',
      targetType: 'micro_factory',
      targetId: factoryId,
      after: { month, rows: rows.length },
    }),
  );
  return { fileName: `${factory.name}-${month}-${words.sheet}.xlsx`, data };
}

// ── alerts (background job) ──

/**
 * 根治欠薪: a settlement still unpaid more than N days (area setting, default 3)
 * after its day alerts the community and street officers covering the factory;
 * a day with a line below the wage floor alerts the owner and the street. Each
 * alert once (dedupe keys), however often the job runs.
 */
export async function raisePieceworkAlerts(db: Db, now: Date): Promise<{ arrears: number; floor: number }> {
  const today = businessDay(now);
  let arrears = 0;
  let floor = 0;
  // Every unpaid day older than one day; each is then judged by its own area's arrears days.
  const candidates = await repo.arrearsSettlements(db, null, today, { byArea: new Map(), otherwise: 1 }, 1000);
  const areaDays = await resolveAreaSettingForAreas(
    db,
    [...new Set(candidates.map((c) => c.area_id))],
    'arrears_alert_days',
  );
  for (const s of candidates) {
    if (s.days_overdue <= (areaDays.get(s.area_id) ?? 3)) continue;
    const staff = await staffCoveringArea(db, s.area_id, ['community_officer', 'street_officer']);
    const owners = await repo.ownerUserIds(db, s.factory_id);
    arrears += await notifyUsers(db, staff, {
      kind: 'piecework.arrears',
      text: {
        template: 'piecework.arrears.staff',
        params: { factory: s.factory_name, date: s.work_date, amount: formatFen(s.total_fen), days: s.days_overdue },
      },
      link: `/staff/piecework/wages?settlement=${s.id}`,
      data: { settlementId: s.id, factoryId: s.factory_id },
      dedupeKey: `piecework.arrears.${s.id}`,
    });
    await notifyUsers(db, owners, {
      kind: 'piecework.arrears',
      text: { template: 'piecework.arrears.owner', params: { date: s.work_date, amount: formatFen(s.total_fen) } },
      link: `/piecework/owner/${s.factory_id}?settlement=${s.id}`,
      dedupeKey: `piecework.arrears.${s.id}`,
    });
  }
  // Only fresh days: an old day is on the console's list, not worth a new alert.
  const since = businessDay(new Date(now.getTime() - 2 * 86_400_000));
  for (const s of await repo.recentFlaggedSettlements(db, since)) {
    const text = {
      template: 'piecework.wage_floor',
      params: { factory: s.factory_name, date: s.work_date, count: s.flagged_count },
    } as const;
    const notice = {
      kind: 'piecework.wage_floor',
      text,
      data: { settlementId: s.id },
      dedupeKey: `piecework.wage_floor.${s.id}`,
    };
    floor += await notifyUsers(db, await staffCoveringArea(db, s.area_id, ['street_officer']), {
      ...notice,
      link: `/staff/piecework/wages?settlement=${s.id}`,
    });
    floor += await notifyUsers(db, await repo.ownerUserIds(db, s.factory_id), {
      ...notice,
      link: `/piecework/owner/${s.factory_id}?settlement=${s.id}`,
    });
  }
  return { arrears, floor };
}
