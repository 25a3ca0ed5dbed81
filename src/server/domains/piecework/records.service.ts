/**
 * Piece records and presence. Records are append-only: a correction is a
 * reversing record; a resend with the same client keys changes nothing; a
 * record for a day already settled becomes an adjustment of the worker's next
 * settlement (ADR 0021).
 */
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { businessDay } from '../../../shared/dates';
import type * as schemas from '../../../shared/schemas/piecework';
import { foldPresence, rateOn, type PresenceKind } from '../../../shared/schemas/piecework-rules';
import type { ActorContext } from '../../context';
import type { Database } from '../../db/types';
import { uniqueViolation } from '../../db/errors';
import { AppError, FieldError, notFound } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import { ownedFactoryOr404 } from './factories.service';
import { presentProduct, presentRecord, presentWorker } from './piecework.presenter';
import * as repo from './piecework.repository';
import { minutesPresentAt } from './settlement-rule';
import { RECORD_STATE, type CountedPieces, type NewRecord } from './piecework.repository';

type RecordInput = z.output<typeof schemas.recordBatch>['records'][number];

export interface IngestResult {
  accepted: number;
  duplicates: number;
  adjustments: number;
}

type FactoryRoster = [Awaited<ReturnType<typeof repo.activeWorkerIds>>, Awaited<ReturnType<typeof repo.listProducts>>];

/** The factory's active workers and its products with their rates: what every record written is checked against. */
function factoryRoster(ctx: ActorContext, factoryId: number): Promise<FactoryRoster> {
  return Promise.all([repo.activeWorkerIds(ctx.db, factoryId), repo.listProducts(ctx.db, factoryId)]);
}

/**
 * Writes approved pieces (the owner's grid) or pending ones (a self-report).
 * Validation reads the factory's workers, products and rates once; the batch
 * is one INSERT; the day rollup one upsert. A client key sent again with the
 * same entry is a harmless resend; sent with a different one, the batch is
 * refused whole, naming the keys (ADR 0047).
 */
export async function writeRecords(
  ctx: ActorContext,
  factory: { id: number; createdAt: Date },
  inputs: RecordInput[],
  options: { selfReported: boolean },
  roster: Promise<FactoryRoster> = factoryRoster(ctx, factory.id),
): Promise<IngestResult> {
  const factoryId = factory.id;
  const today = businessDay(ctx.now);
  const opened = businessDay(factory.createdAt);
  const [workers, products] = await roster;
  const workerIds = new Set(workers.map((w) => w.id));
  const productById = new Map(products.map((p) => [p.id, p]));
  const reversalIds = inputs.flatMap((i) => ('reversesId' in i ? [i.reversesId] : []));
  const originals = reversalIds.length
    ? new Map((await repo.findRecordsForReversal(ctx.db, factoryId, reversalIds)).map((r) => [r.id, r]))
    : new Map();

  const records: NewRecord[] = inputs.map((input) => {
    if ('reversesId' in input) {
      const o = originals.get(input.reversesId);
      // Only approved, original records can be reversed; one reversal each.
      if (!o || o.state !== RECORD_STATE.approved || o.reverses_id !== null)
        throw new FieldError('reversesId', 'invalid');
      if (o.reversed_by_key && o.reversed_by_key !== input.clientKey) throw alreadyReversed(o.id);
      return {
        workerId: o.worker_id,
        productId: o.product_id,
        workDate: o.work_date,
        quantity: -o.quantity,
        rateE4: o.rate_e4,
        state: RECORD_STATE.approved,
        selfReported: false,
        reversesId: o.id,
        clientKey: input.clientKey,
      };
    }
    if (!workerIds.has(input.workerId)) throw new FieldError('workerId', 'not_of_factory');
    const product = productById.get(input.productId);
    if (!product) throw new FieldError('productId', 'not_of_factory');
    if (input.workDate > today) throw new FieldError('workDate', 'future_date');
    if (input.workDate < opened) throw new FieldError('workDate', 'before_factory_opened');
    const rate = rateOn(product.rates, input.workDate);
    if (rate === null) throw new FieldError('workDate', 'no_rate_on_date');
    return {
      workerId: input.workerId,
      productId: input.productId,
      workDate: input.workDate,
      quantity: input.quantity,
      rateE4: rate,
      state: options.selfReported ? RECORD_STATE.pending : RECORD_STATE.approved,
      selfReported: options.selfReported,
      reversesId: null,
      clientKey: input.clientKey,
    };
  });
  const distinct = onePerKey(records);

  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await repo.lockForRecordWrite(trx);
      if (reversalIds.length) {
        // Two reversals of one record at the same moment: the second waits for the first, then is refused.
        await repo.lockRecordsForReversal(trx, factoryId, reversalIds);
        for (const o of await repo.findRecordsForReversal(trx, factoryId, reversalIds)) {
          const mine = distinct.find((r) => r.reversesId === o.id);
          if (o.reversed_by_key && mine && o.reversed_by_key !== mine.clientKey) throw alreadyReversed(o.id);
        }
      }
      const inserted = await repo.insertRecords(trx, factoryId, ctx.actor.userId, distinct);
      if (inserted.length < distinct.length) await refuseReusedKeys(trx, factoryId, distinct);
      const approved = inserted.filter((r) => r.state === RECORD_STATE.approved);
      const adjustments = await countApproved(trx, factoryId, approved);
      if (inserted.length > 0) {
        await recordAudit(trx, ctx, {
          action: options.selfReported ? 'piece_record.self_report' : 'piece_record.batch',
          targetType: 'micro_factory',
          targetId: factoryId,
          after: {
            records: inserted.length,
            firstId: inserted[0]!.id,
            lastId: inserted[inserted.length - 1]!.id,
            reversals: records.filter((r) => r.reversesId).length,
          },
        });
      }
      return { accepted: inserted.length, duplicates: records.length - inserted.length, adjustments };
    });
  } catch (err) {
    // The unique index on reverses_id is the last word; the lock above should leave it nothing to say.
    if (uniqueViolation(err) === 'piece_records_reverses_uq') {
      const named = /\(reverses_id\)=\((\d+)\)/.exec((err as { detail?: string }).detail ?? '');
      throw alreadyReversed(named ? Number(named[1]) : reversalIds[0]!);
    }
    throw err;
  }
}

const alreadyReversed = (id: number) => new AppError('RECORD_ALREADY_REVERSED', { id }, { recordId: id });

/** The entry a client key stands for: what the client sent, not what the server added (the rate, the state). */
function entryOf(r: {
  workerId: number;
  productId: number;
  workDate: string;
  quantity: number;
  reversesId: number | null;
  selfReported: boolean;
}) {
  return `${r.workerId}|${r.productId}|${r.workDate}|${r.quantity}|${r.reversesId ?? ''}|${r.selfReported}`;
}

function keyReused(keys: string[]) {
  return new AppError('IDEMPOTENCY_KEY_REUSED', { key: keys[0]! }, { clientKeys: keys });
}

/** A key twice in one batch: the same entry is sent once; two different entries are refused. */
function onePerKey(records: NewRecord[]): NewRecord[] {
  const byKey = new Map<string, NewRecord>();
  const reused = new Set<string>();
  for (const r of records) {
    const seen = byKey.get(r.clientKey);
    if (!seen) byKey.set(r.clientKey, r);
    else if (entryOf(seen) !== entryOf(r)) reused.add(r.clientKey);
  }
  if (reused.size) throw keyReused([...reused]);
  return byKey.size === records.length ? records : [...byKey.values()];
}

/** Keys already stored: a resend when the entry is the same, a refusal of the whole batch when it is not. */
async function refuseReusedKeys(trx: Transaction<Database>, factoryId: number, records: NewRecord[]) {
  const sent = new Map(records.map((r) => [r.clientKey, entryOf(r)]));
  const stored = await repo.findRecordsByKeys(trx, factoryId, [...sent.keys()]);
  const reused = stored
    .filter(
      (s) =>
        sent.get(s.client_key) !==
        entryOf({
          workerId: s.worker_id,
          productId: s.product_id,
          workDate: s.work_date,
          quantity: s.quantity,
          reversesId: s.reverses_id,
          selfReported: s.self_reported,
        }),
    )
    .map((s) => s.client_key);
  if (reused.length) throw keyReused(reused);
}

/** Approved pieces go to their day's rollup, or, when that day is settled, wait as adjustments. */
async function countApproved(trx: Transaction<Database>, factoryId: number, rows: CountedPieces[]): Promise<number> {
  if (rows.length === 0) return 0;
  const settled = await repo.settledDates(trx, factoryId, [...new Set(rows.map((r) => r.work_date))]);
  const late = rows.filter((r) => settled.has(r.work_date));
  await repo.addToDayTotals(
    trx,
    factoryId,
    rows.filter((r) => !settled.has(r.work_date)),
  );
  await repo.insertAdjustments(trx, factoryId, late);
  return late.length;
}

export async function ingestBatch(ctx: ActorContext, factoryId: number, body: z.output<typeof schemas.recordBatch>) {
  // The factory's workers and products are read while its owner is checked (one wait, not two); nothing read
  // is used or shown unless the check passes.
  const roster = factoryRoster(ctx, factoryId);
  roster.catch(() => undefined); // awaited below only when the factory is the owner's
  const factory = await repo.findOwnedFactoryArea(ctx.db, ctx.actor, factoryId);
  if (!factory) throw notFound();
  return writeRecords(
    ctx,
    { id: factoryId, createdAt: factory.created_at },
    body.records,
    { selfReported: false },
    roster,
  );
}

/** A worker reports their own pieces; the owner approves or rejects them. */
export async function selfReport(ctx: ActorContext, body: z.output<typeof schemas.selfReport>) {
  const worker = ctx.actor.residentId
    ? await repo.findWorkerOfResident(ctx.db, body.factoryId, ctx.actor.residentId)
    : undefined;
  if (!worker) throw notFound();
  return writeRecords(
    ctx,
    { id: body.factoryId, createdAt: worker.factory_created_at },
    [
      {
        clientKey: body.clientKey,
        workerId: worker.id,
        productId: body.productId,
        workDate: body.workDate,
        quantity: body.quantity,
      },
    ],
    { selfReported: true },
  );
}

/** Approving counts the pieces; rejecting keeps them, unpaid. */
export async function decideRecord(ctx: ActorContext, id: number, approve: boolean) {
  const record = await repo.findRecord(ctx.db, id);
  if (!record) throw notFound();
  await ownedFactoryOr404(ctx, record.factory_id);
  if (record.state !== RECORD_STATE.pending) throw new AppError('RECORD_NOT_PENDING');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockForRecordWrite(trx);
    const moved = await repo.setRecordState(
      trx,
      id,
      RECORD_STATE.pending,
      approve ? RECORD_STATE.approved : RECORD_STATE.rejected,
    );
    if (!moved) throw new AppError('RECORD_NOT_PENDING');
    if (approve) await countApproved(trx, record.factory_id, [record]);
    await recordAudit(trx, ctx, {
      action: approve ? 'piece_record.approve' : 'piece_record.reject',
      targetType: 'piece_record',
      targetId: id,
      before: { state: 'pending' },
      after: { state: approve ? 'approved' : 'rejected' },
    });
  });
  return { id, state: approve ? ('approved' as const) : ('rejected' as const) };
}

/** The owner's day: workers with presence, products with the day's rate, approved counts, the records. */
export async function dayGrid(ctx: ActorContext, factoryId: number, day: string) {
  await ownedFactoryOr404(ctx, factoryId);
  const [workers, products, cells, records, settlement] = await Promise.all([
    repo.listWorkers(ctx.db, factoryId, day),
    repo.listProducts(ctx.db, factoryId),
    repo.dayCells(ctx.db, factoryId, day),
    repo.listDayRecords(ctx.db, factoryId, day),
    repo.findSettlementByDay(ctx.db, factoryId, day),
  ]);
  return {
    factoryId,
    workDate: day,
    workers: workers.map((w) => presentWorker(w, ctx.now)),
    products: products.map((p) => presentProduct(p, day)),
    cells: cells.map((c) => [c.worker_id, c.product_id, c.quantity] as [number, number, number]),
    records: records.map(presentRecord),
    settlementId: settlement?.id ?? null,
  };
}

// ── presence ──

export async function recordPresence(
  ctx: ActorContext,
  factoryId: number,
  workerId: number,
  kind: PresenceKind,
  clientKey: string,
) {
  const day = businessDay(ctx.now);
  return ctx.db.transaction().execute(async (trx) => {
    // One worker's steps in order: the events of the day are folded again after each one.
    await repo.lockWorker(trx, workerId);
    const events = await repo.presenceEventsOfDay(trx, workerId, day);
    const inserted = await repo.insertPresenceEvent(trx, {
      factory_id: factoryId,
      worker_id: workerId,
      work_date: day,
      kind,
      at: ctx.now,
      client_key: clientKey,
      created_by_user_id: ctx.actor.userId,
    });
    if (!inserted) {
      // The key was used before: a resend of the same step is harmless, another step under it is refused.
      const stored = await repo.findPresenceEventByKey(trx, factoryId, clientKey);
      if (stored && (stored.worker_id !== workerId || stored.kind !== kind)) throw keyReused([clientKey]);
    } else {
      const folded = foldPresence([...events, { kind, at: ctx.now }]);
      if (!folded || folded.state === 'none') throw new AppError('PRESENCE_OUT_OF_ORDER');
      await repo.upsertPresenceDay(trx, {
        worker_id: workerId,
        work_date: day,
        factory_id: factoryId,
        state: folded.state,
        minutes_present: folded.minutesPresent,
        since: folded.since,
      });
      await recordAudit(trx, ctx, {
        action: `presence.${kind}`,
        targetType: 'factory_worker',
        targetId: workerId,
        after: { day, kind },
      });
    }
    const now = await repo.findPresenceDay(trx, workerId, day);
    return {
      state: now?.state ?? ('none' as const),
      minutesPresent: now
        ? minutesPresentAt({ state: now.state, minutesPresent: now.minutes_present, since: now.since }, ctx.now)
        : 0,
    };
  });
}

export async function ownerPresence(ctx: ActorContext, factoryId: number, body: z.output<typeof schemas.presenceBody>) {
  await ownedFactoryOr404(ctx, factoryId);
  if (!body.workerId) throw new FieldError('workerId', 'required');
  const worker = await repo.findWorker(ctx.db, factoryId, body.workerId);
  if (!worker) throw new FieldError('workerId', 'not_of_factory');
  return recordPresence(ctx, factoryId, worker.id, body.kind, body.clientKey);
}

export async function myPresence(ctx: ActorContext, body: z.output<typeof schemas.myPresenceBody>) {
  const worker = ctx.actor.residentId
    ? await repo.findWorkerOfResident(ctx.db, body.factoryId, ctx.actor.residentId)
    : undefined;
  if (!worker) throw notFound();
  return recordPresence(ctx, body.factoryId, worker.id, body.kind, body.clientKey);
}
