import type { Transaction, Updateable } from 'kysely';
import type { z } from 'zod';
import type * as schemas from '../../../shared/schemas/enterprises';
import type { ActorContext } from '../../context';
import { uniqueViolation } from '../../db/errors';
import type { Database, EnterprisesTable } from '../../db/types';
import { AppError, FieldError, notFound, notRegistrableHere } from '../../core/app-error';
import { pathInScope } from '../../http/scope';
import { recordAudit } from '../../platform/audit';
import { emitDomainEvent } from '../../platform/domain-events';
import { VERIFY_ROLES } from './enterprises.permissions';
import { auditShape, presentEnterprise } from './enterprises.presenter';
import * as repo from './enterprises.repository';

type CreateInput = z.output<typeof schemas.createEnterprise>;
type UpdateInput = z.output<typeof schemas.updateEnterprise>;

/** A credit code already on file: named as such in the officer's areas, only refused outside them. */
async function refuseDuplicate(ctx: ActorContext, err: unknown, creditCode: string | undefined): Promise<never> {
  if (uniqueViolation(err) !== 'enterprises_credit_code_key') throw err;
  if ((await repo.holderInScope(ctx.db, ctx.actor, creditCode!)) === false)
    throw notRegistrableHere(ctx.actor.locale, 'creditCode');
  throw new AppError('DUPLICATE_CREDIT_CODE');
}

async function checkArea(ctx: ActorContext, areaId: number) {
  const area = await repo.findAreaPath(ctx.db, areaId);
  if (!area || !pathInScope(area.path, ctx.actor.areaPaths)) throw new FieldError('areaId', 'not_in_scope');
}

export async function listEnterprises(
  ctx: ActorContext,
  query: {
    q?: string | undefined;
    areaId?: number | undefined;
    type?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const { rows, total } = await repo.listEnterprises(ctx.db, ctx.actor, query, query.page, query.pageSize);
  return { items: rows.map(presentEnterprise), total, page: query.page, pageSize: query.pageSize };
}

export async function getEnterprise(ctx: ActorContext, id: number) {
  const row = await repo.findEnterpriseInScope(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  return presentEnterprise(row);
}

/** Writes a checked enterprise, audited and announced: the form's create and each new row of an import. */
export async function insertEnterpriseRecord(trx: Transaction<Database>, ctx: ActorContext, input: CreateInput) {
  const owner = await trx.selectFrom('residents').select('id').where('phone', '=', input.ownerPhone).executeTakeFirst();
  const { id } = await repo.insertEnterprise(trx, {
    name: input.name,
    credit_code: input.creditCode,
    type: input.type,
    area_id: input.areaId,
    owner_name: input.ownerName,
    owner_phone: input.ownerPhone,
    owner_resident_id: owner?.id ?? null,
    established_on: input.establishedOn ?? null,
    created_by_user_id: ctx.actor.userId,
    updated_at: ctx.now,
  });
  await repo.linkOwnerMembership(trx, id, input.ownerPhone);
  const row = (await repo.findEnterpriseById(trx, id))!;
  await recordAudit(trx, ctx, {
    action: 'enterprise.create',
    targetType: 'enterprise',
    targetId: id,
    after: auditShape(row),
  });
  await emitDomainEvent(
    trx,
    'enterprise.registered',
    { enterpriseId: id },
    { actorUserId: ctx.actor.userId, now: ctx.now },
  );
  return id;
}

export async function createEnterprise(ctx: ActorContext, input: CreateInput) {
  await checkArea(ctx, input.areaId);
  try {
    const id = await ctx.db.transaction().execute((trx) => insertEnterpriseRecord(trx, ctx, input));
    return getEnterprise(ctx, id);
  } catch (err) {
    return refuseDuplicate(ctx, err, input.creditCode);
  }
}

export async function updateEnterprise(ctx: ActorContext, id: number, input: UpdateInput) {
  if (!(await repo.findEnterpriseInScope(ctx.db, ctx.actor, id))) throw notFound();
  if (input.verified !== undefined && !(VERIFY_ROLES as readonly string[]).includes(ctx.actor.role))
    throw new AppError('FORBIDDEN');
  if (input.areaId !== undefined) await checkArea(ctx, input.areaId);
  const values: Updateable<EnterprisesTable> = { updated_at: ctx.now };
  if (input.name !== undefined) values.name = input.name;
  if (input.creditCode !== undefined) values.credit_code = input.creditCode;
  if (input.type !== undefined) values.type = input.type;
  if (input.areaId !== undefined) values.area_id = input.areaId;
  if (input.ownerName !== undefined) values.owner_name = input.ownerName;
  if (input.ownerPhone !== undefined) values.owner_phone = input.ownerPhone;
  if (input.establishedOn !== undefined) values.established_on = input.establishedOn;
  if (input.verified !== undefined) {
    values.verified_at = input.verified ? ctx.now : null;
    values.verified_by_user_id = input.verified ? ctx.actor.userId : null;
  }
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx.selectFrom('enterprises').select('id').where('id', '=', id).forUpdate().execute();
      const before = (await repo.findEnterpriseById(trx, id))!;
      await repo.updateEnterprise(trx, id, values);
      if (input.ownerPhone) await repo.linkOwnerMembership(trx, id, input.ownerPhone);
      const after = (await repo.findEnterpriseById(trx, id))!;
      await recordAudit(trx, ctx, {
        action: input.verified !== undefined ? 'enterprise.verify' : 'enterprise.update',
        targetType: 'enterprise',
        targetId: id,
        before: auditShape(before),
        after: auditShape(after),
      });
    });
  } catch (err) {
    await refuseDuplicate(ctx, err, input.creditCode);
  }
  return getEnterprise(ctx, id);
}
