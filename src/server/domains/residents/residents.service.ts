import type { z } from 'zod';
import { idNumberFacts, maskIdNumber } from '../../../shared/validators';
import type * as schemas from '../../../shared/schemas/residents';
import type { ActorContext, ServiceContext } from '../../context';
import { uniqueViolation } from '../../db/errors';
import type { Database, ResidentUpdate } from '../../db/types';
import { AppError, FieldError, notFound, notRegistrableHere } from '../../core/app-error';
import { pathInScope } from '../../http/scope';
import { recordAudit } from '../../platform/audit';
import type { Transaction } from 'kysely';
import { auditShape, presentResident, presentResidentDetail } from './residents.presenter';
import * as repo from './residents.repository';

type CreateInput = z.output<typeof schemas.createResident>;
type UpdateInput = z.output<typeof schemas.updateResident>;
type OwnUpdateInput = z.output<typeof schemas.updateOwnProfile>;

/**
 * A phone or 身份证 already on file. In the officer's own areas she is told so (and can
 * find the record); outside them only that it cannot be registered here, so that trying
 * numbers never tells her who lives where.
 */
async function refuseDuplicate(
  ctx: ActorContext,
  err: unknown,
  sent: { phone?: string | undefined; idNumber?: string | undefined },
): Promise<never> {
  const constraint = uniqueViolation(err);
  const field =
    constraint === 'residents_phone_key' ? 'phone' : constraint === 'residents_id_number_hash_key' ? 'idNumber' : null;
  if (!field) throw err;
  const holder = field === 'phone' ? { phone: sent.phone! } : { idHash: ctx.cipher.blindIndex(sent.idNumber!) };
  if ((await repo.holderInScope(ctx.db, ctx.actor, holder)) === false)
    throw notRegistrableHere(ctx.actor.locale, field);
  throw new AppError(field === 'phone' ? 'DUPLICATE_PHONE' : 'DUPLICATE_ID_NUMBER');
}

/** A staff write must place the resident inside the areas the officer serves. */
async function checkHome(ctx: ActorContext, compoundId: number) {
  const home = await repo.findHomeArea(ctx.db, compoundId);
  if (!home) throw new FieldError('compoundId', 'not_compound');
  if (ctx.actor.kind === 'staff' && !pathInScope(home.path, ctx.actor.areaPaths))
    throw new FieldError('compoundId', 'not_in_scope');
  return home;
}

export async function listResidents(
  ctx: ActorContext,
  query: {
    q?: string | undefined;
    areaId?: number | undefined;
    label?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const looksLikeId = query.q && /^\d{17}[\dXx]$/.test(query.q);
  const { rows, total } = await repo.listResidents(
    ctx.db,
    ctx.actor,
    {
      q: query.q,
      idHash: looksLikeId ? ctx.cipher.blindIndex(query.q!) : undefined,
      areaId: query.areaId,
      label: query.label,
    },
    query.page,
    query.pageSize,
  );
  return { items: rows.map(presentResident), total, page: query.page, pageSize: query.pageSize };
}

export async function getResident(ctx: ActorContext, id: number) {
  const row = await repo.findResidentInScope(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  return presentResidentDetail(row);
}

/** Writes a checked resident, audited: the registration form's create and each new row of an import. */
export async function insertResidentRecord(trx: Transaction<Database>, ctx: ActorContext, input: CreateInput) {
  const facts = idNumberFacts(input.idNumber);
  const { id } = await repo.insertResident(trx, {
    area_id: input.compoundId,
    name: input.name,
    gender: input.gender ?? facts.gender,
    birth_date: facts.birthDate,
    phone: input.phone,
    id_number_enc: ctx.cipher.encrypt(input.idNumber),
    id_number_hash: ctx.cipher.blindIndex(input.idNumber),
    id_number_masked: maskIdNumber(input.idNumber),
    hukou_area: input.hukouArea ?? null,
    labels: input.labels ?? [],
    created_by_user_id: ctx.actor.userId,
    updated_at: ctx.now,
  });
  const row = (await repo.findResidentById(trx, id))!;
  await recordAudit(trx, ctx, {
    action: 'resident.create',
    targetType: 'resident',
    targetId: id,
    after: auditShape(row),
  });
  return id;
}

export async function createResident(ctx: ActorContext, input: CreateInput) {
  await checkHome(ctx, input.compoundId);
  try {
    const id = await ctx.db.transaction().execute((trx) => insertResidentRecord(trx, ctx, input));
    return getResident(ctx, id);
  } catch (err) {
    return refuseDuplicate(ctx, err, input);
  }
}

async function applyUpdate(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  id: number,
  values: ResidentUpdate,
  action: string,
) {
  const before = (await repo.findResidentById(trx, id))!;
  await repo.updateResident(trx, id, { ...values, updated_at: ctx.now });
  const after = (await repo.findResidentById(trx, id))!;
  await recordAudit(trx, ctx, {
    action,
    targetType: 'resident',
    targetId: id,
    before: auditShape(before),
    after: auditShape(after),
  });
}

export async function updateResident(ctx: ActorContext, id: number, input: UpdateInput) {
  if (!(await repo.findResidentInScope(ctx.db, ctx.actor, id))) throw notFound();
  if (input.compoundId !== undefined) await checkHome(ctx, input.compoundId);
  const values: ResidentUpdate = {};
  if (input.name !== undefined) values.name = input.name;
  if (input.phone !== undefined) values.phone = input.phone;
  if (input.gender !== undefined) values.gender = input.gender;
  if (input.compoundId !== undefined) values.area_id = input.compoundId;
  if (input.labels !== undefined) values.labels = input.labels;
  if (input.hukouArea !== undefined) values.hukou_area = input.hukouArea;
  if (input.idNumber !== undefined) {
    const facts = idNumberFacts(input.idNumber);
    values.id_number_enc = ctx.cipher.encrypt(input.idNumber);
    values.id_number_hash = ctx.cipher.blindIndex(input.idNumber);
    values.id_number_masked = maskIdNumber(input.idNumber);
    values.birth_date = facts.birthDate;
  }
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.lockResident(trx, id);
      await applyUpdate(trx, ctx, id, values, 'resident.update');
    });
  } catch (err) {
    await refuseDuplicate(ctx, err, input);
  }
  return getResident(ctx, id);
}

async function reveal(
  ctx: ServiceContext,
  row: repo.ResidentDetailRow,
  fields: ('phone' | 'idNumber')[],
  reason: string | null,
) {
  const out: { phone?: string; idNumber?: string } = {};
  if (fields.includes('phone')) out.phone = row.phone;
  if (fields.includes('idNumber') && row.id_number_enc) out.idNumber = ctx.cipher.decrypt(row.id_number_enc);
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx, {
      action: 'resident.reveal',
      targetType: 'resident',
      targetId: row.id,
      after: { fields, reason },
    }),
  );
  return out;
}

export async function revealResident(ctx: ActorContext, id: number, fields: ('phone' | 'idNumber')[], reason: string) {
  const row = await repo.findResidentInScope(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  return reveal(ctx, row, fields, reason);
}

function ownResidentId(ctx: ActorContext): number {
  if (!ctx.actor.residentId) throw new AppError('FORBIDDEN');
  return ctx.actor.residentId;
}

export async function getOwnProfile(ctx: ActorContext) {
  const row = await repo.findResidentById(ctx.db, ownResidentId(ctx));
  if (!row) throw notFound();
  return presentResidentDetail(row);
}

export async function revealOwn(ctx: ActorContext, fields: ('phone' | 'idNumber')[]) {
  const row = await repo.findResidentById(ctx.db, ownResidentId(ctx));
  if (!row) throw notFound();
  return reveal(ctx, row, fields, 'own record');
}

export async function updateOwnProfile(ctx: ActorContext, input: OwnUpdateInput) {
  const id = ownResidentId(ctx);
  if (input.compoundId !== undefined) await checkHome(ctx, input.compoundId);
  const current = (await repo.findResidentById(ctx.db, id))!;
  const labelsChanged =
    input.labels !== undefined && [...input.labels].sort().join() !== [...current.labels].sort().join();
  // Sensitive labels are self-declared only with their own consent (SPEC §3.2, PIPL art. 29); the consent
  // covers the labels this declaration adds, so withdrawing it removes those and not what staff recorded.
  const added = (input.labels ?? []).filter((l) => !current.labels.includes(l));
  if (added.length > 0 && input.labelsConsent !== true) throw new FieldError('labelsConsent', 'consent_required');
  const values: ResidentUpdate = {};
  if (input.name !== undefined) values.name = input.name;
  if (input.gender !== undefined) values.gender = input.gender;
  if (input.birthDate !== undefined && !current.id_number_masked) values.birth_date = input.birthDate;
  if (input.compoundId !== undefined) values.area_id = input.compoundId;
  if (labelsChanged) values.labels = input.labels!;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockResident(trx, id);
    if (added.length > 0) {
      await repo.insertConsent(trx, {
        resident_id: id,
        purpose: 'labels_self_declared',
        scope: { labels: added },
        method: 'in_app',
        recorded_by_user_id: ctx.actor.userId,
      });
    }
    await applyUpdate(trx, ctx, id, values, 'resident.update_own');
    if (values.name)
      await trx.updateTable('users').set({ display_name: values.name }).where('id', '=', ctx.actor.userId).execute();
  });
  return getOwnProfile(ctx);
}
