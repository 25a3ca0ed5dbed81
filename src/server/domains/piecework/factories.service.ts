/** Venues, micro-factories, products and rates, workers joining by invite. */
import { randomBytes } from 'node:crypto';
import type { Updateable } from 'kysely';
import type { z } from 'zod';
import { businessDay } from '../../../shared/dates';
import type * as schemas from '../../../shared/schemas/piecework';
import type { AvailableVenue } from '../../../shared/schemas/piecework';
import type { ActorContext } from '../../context';
import { uniqueViolation } from '../../db/errors';
import type { MicroFactoriesTable } from '../../db/types';
import { AppError, FieldError, notFound } from '../../core/app-error';
import { pathInScope } from '../../http/scope';
import { maskPhone } from '../../../shared/validators';
import { recordAudit } from '../../platform/audit';
import { PIECEWORK_STAFF_ROLES } from './piecework.permissions';
import {
  presentFactory,
  presentNearby,
  presentOwnedFactory,
  presentProduct,
  presentVenue,
  presentWorker,
} from './piecework.presenter';
import * as repo from './piecework.repository';

const isStaff = (ctx: ActorContext) => (PIECEWORK_STAFF_ROLES as readonly string[]).includes(ctx.actor.role);

// ── access ──

/** The factory as its owner sees it; anyone else gets 404. */
export async function ownedFactoryOr404(ctx: ActorContext, id: number) {
  const row = await repo.findOwnedFactory(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  return row;
}

/** Owner, or an officer whose areas cover it. */
export async function viewableFactoryOr404(ctx: ActorContext, id: number) {
  const row = isStaff(ctx)
    ? await repo.findFactoryInScope(ctx.db, ctx.actor, id)
    : await repo.findOwnedFactory(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  return row;
}

// ── venues ──

export async function listVenues(ctx: ActorContext, q: z.output<typeof schemas.venueListQuery>) {
  const { rows, total } = await repo.listVenues(ctx.db, ctx.actor, q, q.page, q.pageSize);
  return { items: rows.map(presentVenue), total, page: q.page, pageSize: q.pageSize };
}

export async function createVenue(ctx: ActorContext, input: z.output<typeof schemas.createVenue>) {
  const area = await repo.findAreaPath(ctx.db, input.areaId);
  if (!area || !pathInScope(area.path, ctx.actor.areaPaths)) throw new FieldError('areaId', 'not_in_scope');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertVenue(trx, {
      area_id: input.areaId,
      address: input.address,
      area_sqm: input.areaSqm,
      owner_name: input.ownerName,
      owner_phone: input.ownerPhone ?? null,
      created_by_user_id: ctx.actor.userId,
      updated_at: ctx.now,
    });
    await recordAudit(trx, ctx, { action: 'venue.create', targetType: 'venue', targetId: id, after: { ...input } });
    return id;
  });
  return presentVenue((await repo.findVenue(ctx.db, id))!);
}

export async function updateVenue(ctx: ActorContext, id: number, input: z.output<typeof schemas.updateVenue>) {
  const before = await repo.findVenueInScope(ctx.db, ctx.actor, id);
  if (!before) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateVenue(trx, id, { status: input.status, updated_at: ctx.now });
    await recordAudit(trx, ctx, {
      action: 'venue.update',
      targetType: 'venue',
      targetId: id,
      before: { status: before.status },
      after: { status: input.status },
    });
  });
  return presentVenue((await repo.findVenue(ctx.db, id))!);
}

// ── factories ──

export async function listFactories(ctx: ActorContext, q: z.output<typeof schemas.factoryListQuery>) {
  const { rows, total } = await repo.listFactories(ctx.db, ctx.actor, q, q.page, q.pageSize);
  return { items: rows.map(presentFactory), total, page: q.page, pageSize: q.pageSize };
}

export async function getFactory(ctx: ActorContext, id: number) {
  return presentFactory(await viewableFactoryOr404(ctx, id));
}

export async function listMyFactories(ctx: ActorContext) {
  return (await repo.listOwnedFactories(ctx.db, ctx.actor)).map(presentOwnedFactory);
}

export async function getMyFactory(ctx: ActorContext, id: number) {
  return presentOwnedFactory(await ownedFactoryOr404(ctx, id));
}

/** Idle venues an employer may register a factory on (no owner names or phones). */
export async function availableVenues(ctx: ActorContext): Promise<AvailableVenue[]> {
  if (ctx.actor.enterprises.length === 0) throw notFound();
  return (await repo.listIdleVenues(ctx.db)).map((v) => ({
    id: v.id,
    areaName: v.area_name,
    communityName: v.community_name,
    address: v.address,
    areaSqm: v.area_sqm,
  }));
}

/** An employer registers a factory for an enterprise they act for; the street verifies it later. */
export async function createFactory(ctx: ActorContext, input: z.output<typeof schemas.createFactory>) {
  if (!ctx.actor.enterprises.some((e) => e.id === input.enterpriseId))
    throw new FieldError('enterpriseId', 'not_member');
  const enterprise = await repo.findEnterprise(ctx.db, input.enterpriseId);
  if (!enterprise) throw new FieldError('enterpriseId', 'not_member');
  if (enterprise.type !== 'micro_factory') throw new FieldError('enterpriseId', 'not_micro_factory');
  let areaId = enterprise.area_id;
  if (input.venueId) {
    const venue = await repo.findVenue(ctx.db, input.venueId);
    if (!venue) throw new FieldError('venueId', 'invalid');
    if (venue.status !== 'idle') throw new FieldError('venueId', 'venue_not_idle');
    areaId = venue.area_id;
  }
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      const { id } = await repo.insertFactory(trx, {
        area_id: areaId,
        enterprise_id: input.enterpriseId,
        venue_id: input.venueId ?? null,
        name: input.name,
        industry: input.industry,
        workstations: input.workstations,
        opening_hours: input.openingHours,
        invite_code: randomBytes(9)
          .toString('base64url')
          .replace(/[^A-Za-z0-9]/g, 'x'),
        created_by_user_id: ctx.actor.userId,
        updated_at: ctx.now,
      });
      if (input.venueId) await repo.updateVenue(trx, input.venueId, { status: 'matched', updated_at: ctx.now });
      await recordAudit(trx, ctx, {
        action: 'factory.create',
        targetType: 'micro_factory',
        targetId: id,
        after: { ...input },
      });
      return id;
    });
    return presentOwnedFactory((await repo.findFactory(ctx.db, id))!);
  } catch (err) {
    if (uniqueViolation(err) === 'micro_factories_venue_uq') throw new AppError('VENUE_TAKEN');
    throw err;
  }
}

export async function updateFactory(ctx: ActorContext, id: number, input: z.output<typeof schemas.updateFactory>) {
  const before = await ownedFactoryOr404(ctx, id);
  const values: Updateable<MicroFactoriesTable> = { updated_at: ctx.now };
  if (input.name !== undefined) values.name = input.name;
  if (input.industry !== undefined) values.industry = input.industry;
  if (input.workstations !== undefined) values.workstations = input.workstations;
  if (input.openingHours !== undefined) values.opening_hours = input.openingHours;
  if (input.status !== undefined) values.status = input.status;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateFactory(trx, id, values);
    // A factory that opens takes its venue into use.
    if (input.status === 'operating' && before.venue_id)
      await repo.updateVenue(trx, before.venue_id, { status: 'in_use', updated_at: ctx.now });
    await recordAudit(trx, ctx, {
      action: 'factory.update',
      targetType: 'micro_factory',
      targetId: id,
      before: presentFactory(before),
      after: { ...input },
    });
  });
  return presentOwnedFactory((await repo.findFactory(ctx.db, id))!);
}

export async function verifyFactory(ctx: ActorContext, id: number, verified: boolean) {
  const before = await repo.findFactoryInScope(ctx.db, ctx.actor, id);
  if (!before) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateFactory(trx, id, {
      verified_at: verified ? ctx.now : null,
      verified_by_user_id: verified ? ctx.actor.userId : null,
      updated_at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'factory.verify',
      targetType: 'micro_factory',
      targetId: id,
      before: { verified: before.verified_at !== null },
      after: { verified },
    });
  });
  return presentFactory((await repo.findFactory(ctx.db, id))!);
}

export async function listNearby(ctx: ActorContext) {
  if (!ctx.actor.residentId) return [];
  const home = await repo.findResidentArea(ctx.db, ctx.actor.residentId);
  if (!home) return [];
  return (await repo.listNearbyFactories(ctx.db, home.area_id)).map(presentNearby);
}

// ── products and rates ──

export async function listProducts(ctx: ActorContext, factoryId: number, day?: string) {
  await viewableFactoryOr404(ctx, factoryId);
  const d = day ?? businessDay(ctx.now);
  return (await repo.listProducts(ctx.db, factoryId)).map((p) => presentProduct(p, d));
}

export async function createProduct(
  ctx: ActorContext,
  factoryId: number,
  input: z.output<typeof schemas.createProduct>,
) {
  await ownedFactoryOr404(ctx, factoryId);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const { id } = await repo.insertProduct(trx, { factory_id: factoryId, name: input.name, unit: input.unit });
      await repo.insertRate(trx, {
        product_id: id,
        effective_from: input.effectiveFrom,
        rate_e4: input.rate,
        created_by_user_id: ctx.actor.userId,
      });
      await recordAudit(trx, ctx, {
        action: 'product.create',
        targetType: 'factory_product',
        targetId: id,
        after: {
          factoryId,
          name: input.name,
          unit: input.unit,
          rateE4: input.rate,
          effectiveFrom: input.effectiveFrom,
        },
      });
    });
  } catch (err) {
    if (uniqueViolation(err) === 'factory_products_factory_id_name_key') throw new FieldError('name', 'invalid');
    throw err;
  }
  return listProducts(ctx, factoryId);
}

/** A new rate from a date; records already written keep the rate they were written with. */
export async function addRate(ctx: ActorContext, productId: number, input: z.output<typeof schemas.addRate>) {
  const product = await repo.findProduct(ctx.db, productId);
  if (!product) throw notFound();
  await ownedFactoryOr404(ctx, product.factory_id);
  await ctx.db.transaction().execute(async (trx) => {
    const added = await repo.insertRate(trx, {
      product_id: productId,
      effective_from: input.effectiveFrom,
      rate_e4: input.rate,
      created_by_user_id: ctx.actor.userId,
    });
    if (!added) throw new FieldError('effectiveFrom', 'rate_exists');
    await recordAudit(trx, ctx, {
      action: 'product.rate',
      targetType: 'factory_product',
      targetId: productId,
      after: { rateE4: input.rate, effectiveFrom: input.effectiveFrom },
    });
  });
  return listProducts(ctx, product.factory_id);
}

// ── workers ──

export async function listWorkers(ctx: ActorContext, factoryId: number) {
  await viewableFactoryOr404(ctx, factoryId);
  return (await repo.listWorkers(ctx.db, factoryId, businessDay(ctx.now))).map((w) => presentWorker(w, ctx.now));
}

/**
 * What the owner of a factory sees of a worker who joins it: her name and her
 * phone, masked (SPEC §3.1, PIPL: the minimum). She is told so before she
 * confirms, and the consent names exactly these.
 */
export const SHARED_WITH_OWNER = ['name', 'phone_masked'] as const;

/** How a 代办 officer recorded the resident's agreement (ADR 0026). */
export interface AssistedConsent {
  method: 'paper' | 'verbal_witnessed';
  witness?: string | undefined;
}

async function openFactoryByInvite(ctx: ActorContext, code: string) {
  const f = await repo.findFactoryByInvite(ctx.db, code);
  if (!f || f.status === 'closed') throw notFound();
  return f;
}

/** The factory before she joins: its products at today's rates, and what its owner will see of her. */
async function presentJoin(
  ctx: ActorContext,
  f: Awaited<ReturnType<typeof openFactoryByInvite>>,
  residentId: number | null,
) {
  const today = businessDay(ctx.now);
  const [products, me, worker] = await Promise.all([
    repo.listProducts(ctx.db, f.id),
    residentId ? repo.findResidentCard(ctx.db, residentId) : undefined,
    residentId ? repo.findWorkerOfResident(ctx.db, f.id, residentId) : undefined,
  ]);
  return {
    factoryId: f.id,
    name: f.name,
    areaName: f.area_name,
    industry: presentFactory(f).industry,
    joined: !!worker,
    products: products
      .filter((p) => p.active)
      .map((p) => {
        const v = presentProduct(p, today);
        return { name: v.name, unit: v.unit, rateE4: v.rateE4 };
      }),
    sharedFields: [...SHARED_WITH_OWNER],
    ownerWillSee: me ? { name: me.name, phoneMasked: maskPhone(me.phone) } : null,
  };
}

export async function previewInvite(ctx: ActorContext, code: string) {
  return presentJoin(ctx, await openFactoryByInvite(ctx, code), ctx.actor.residentId);
}

/**
 * A resident joins a factory, with a consent that names the factory and the
 * fields its owner sees; joining twice is joining once (no second consent).
 * With `assisted`, an officer does it for her (代办): the consent records how
 * she agreed and the officer who recorded it.
 */
async function joinFactory(
  ctx: ActorContext,
  f: Awaited<ReturnType<typeof openFactoryByInvite>>,
  residentId: number,
  assisted?: AssistedConsent,
) {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockResident(trx, residentId);
    const existing = await repo.findWorkerOfResident(trx, f.id, residentId);
    if (existing) return;
    const { id } = await repo.insertWorker(trx, f.id, residentId, businessDay(ctx.now));
    const consent = await repo.insertConsent(trx, {
      resident_id: residentId,
      purpose: 'factory_join',
      scope: {
        factoryId: f.id,
        factoryName: f.name,
        fields: [...SHARED_WITH_OWNER],
        ...(assisted?.witness ? { witness: assisted.witness } : {}),
      },
      method: assisted?.method ?? 'in_app',
      recorded_by_user_id: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: assisted ? 'factory.assisted_join' : 'factory.join',
      targetType: 'factory_worker',
      targetId: id,
      after: {
        factoryId: f.id,
        residentId,
        consentId: consent.id,
        consentMethod: assisted?.method ?? 'in_app',
        ...(assisted ? { assistedBy: ctx.actor.displayName, witness: assisted.witness ?? null } : {}),
      },
    });
  });
  return presentJoin(ctx, f, residentId);
}

/** A resident joins by the owner's invite link or QR code, having been told what the owner will see. */
export async function join(ctx: ActorContext, code: string) {
  const residentId = ctx.actor.residentId;
  if (!residentId) throw notFound();
  return joinFactory(ctx, await openFactoryByInvite(ctx, code), residentId);
}

/** A resident and a factory an officer may join her to: both in the officer's areas, the factory not closed (else 404). */
async function assistedPair(ctx: ActorContext, residentId: number, factoryId: number) {
  const me = await repo.findResidentCard(ctx.db, residentId);
  if (!me || !pathInScope(me.area_path, ctx.actor.areaPaths)) throw notFound();
  await viewableFactoryOr404(ctx, factoryId);
  const f = await repo.findFactory(ctx.db, factoryId);
  if (!f || f.status === 'closed') throw notFound();
  return f;
}

/** 代办: what the officer reads to the resident before she agrees — the same preview she sees herself. */
export async function assistedJoinPreview(ctx: ActorContext, residentId: number, factoryId: number) {
  return presentJoin(ctx, await assistedPair(ctx, residentId, factoryId), residentId);
}

/** 代办: an officer joins a resident of their areas to a factory of their areas (404 for either out of scope). */
export async function assistedJoin(
  ctx: ActorContext,
  residentId: number,
  factoryId: number,
  assisted: AssistedConsent,
) {
  return joinFactory(ctx, await assistedPair(ctx, residentId, factoryId), residentId, assisted);
}
